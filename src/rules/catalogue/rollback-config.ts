// `metadata.rollbackConfig`: how long EKS may take before it rolls a failed control plane change back.
import { asNumber, asObject } from '../context.js'
import { constantAt } from '../inventory/index.js'
import type { RuleDefinition } from '../types.js'

export const rollbackConfigRules: RuleDefinition[] = [
  {
    id: 'rollback-timeout-range',
    group: 'cluster',
    summary: '`metadata.rollbackConfig.timeoutMinutes` lies within the minimum and maximum eksctl accepts.',
    severity: 'error',
    eksctlMessages: ['metadata.rollbackConfig.timeoutMinutes must be between %d and %d, got %d'],
    example: 'metadata: {rollbackConfig: {timeoutMinutes: 30}}',
    check(ctx) {
      const path = '/metadata/rollbackConfig/timeoutMinutes'
      const timeout = asNumber(asObject(asObject(ctx.data.metadata)?.rollbackConfig)?.timeoutMinutes)
      if (timeout === undefined || ctx.isPlaceholder(path)) return
      // eksctl's bounds at this release (generated from its source)
      const min = Number(constantAt('RollbackTimeoutMinutesMin', ctx.release))
      const max = Number(constantAt('RollbackTimeoutMinutesMax', ctx.release))
      if (!Number.isFinite(min) || !Number.isFinite(max)) return
      if (timeout < min || timeout > max) {
        ctx.report(
          path,
          `metadata.rollbackConfig.timeoutMinutes must be between ${min} and ${max}, got ${timeout}`,
          `use a value from ${min} to ${max} minutes.`
        )
      }
    }
  }
]
