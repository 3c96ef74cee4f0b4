// CloudWatch control-plane logging rules.
import { asArray, asNumber, asObject, goList, goQuote, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'

const logTypes = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']
const retentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653]

export const loggingRules: RuleDefinition[] = [
  {
    id: 'cloudwatch-log-types',
    group: 'logging',
    summary:
      "`cloudWatch.clusterLogging.enableTypes` names known log types (`all` and `*` expanded as eksctl's defaulting of the release does).",
    severity: 'error',
    eksctlMessages: ['log type %q (cloudWatch.clusterLogging.enableTypes[%d]) is unknown'],
    example: 'cloudWatch: {clusterLogging: {enableTypes: [controller]}}',
    check(ctx) {
      const types = asArray(asObject(asObject(ctx.data.cloudWatch)?.clusterLogging)?.enableTypes)
      // eksctl's defaulting replaces a list of `*` or `all` (alone, later anywhere in it) by every log type before
      // validating.
      const wildcard = (t: unknown): boolean => t === '*' || t === 'all'
      if (ctx.marker('logTypesAnyWildcardExpanded') && types.some(wildcard)) return
      if (ctx.marker('logTypesLoneWildcardExpanded') && types.length === 1 && wildcard(types[0])) return
      const known: readonly string[] = logTypes
      types.forEach((t, i) => {
        if (typeof t !== 'string' || known.includes(t)) return
        const path = pointer('cloudWatch', 'clusterLogging', 'enableTypes', i)
        if (ctx.isPlaceholder(path)) return
        ctx.report(
          path,
          `log type ${goQuote(t)} (cloudWatch.clusterLogging.enableTypes[${i}]) is unknown`,
          `use ${known.join(', ')} (names are case-sensitive).`
        )
      })
    }
  },
  {
    id: 'cloudwatch-log-retention',
    group: 'logging',
    summary: '`logRetentionInDays` is a CloudWatch retention value and comes with enabled log types.',
    severity: 'error',
    eksctlMessages: [
      'invalid value %d for logRetentionInDays; supported values are %v',
      'cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types'
    ],
    example: 'cloudWatch: {clusterLogging: {enableTypes: [api], logRetentionInDays: 10}}',
    check(ctx) {
      const cl = asObject(asObject(ctx.data.cloudWatch)?.clusterLogging)
      const days = asNumber(cl?.logRetentionInDays)
      if (!cl || days === undefined || days === 0) return
      const path = '/cloudWatch/clusterLogging/logRetentionInDays'
      if (asArray(cl.enableTypes).length === 0) {
        ctx.report(
          path,
          'cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types',
          'list the log types under `enableTypes` (or `["*"]`), or remove the retention.'
        )
      }
      if (!retentionDays.includes(days)) {
        ctx.report(
          path,
          `invalid value ${days} for logRetentionInDays; supported values are ${goList(retentionDays)}`,
          'CloudWatch Logs accepts only these retention periods; pick the nearest one.'
        )
      }
    }
  }
]
