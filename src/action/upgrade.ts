// Action shell for compare-eksctl-version: after validation against release B (eksctl-version), compare the same
// files with release A (a release, or `base`: the eksctl the pull request's base branch pins), mark the lines B
// breaks in the annotations, add the impact table to the job summary, and set the upgrade outputs.
import * as core from '@actions/core'
import path from 'node:path'
import type { ValidationReport } from '../report/model.js'
import type { RuleSelection } from '../rules/index.js'
import { readBaseVersion } from '../upgrade/base-version.js'
import { compareReleases, type UpgradeReport } from '../upgrade/index.js'
import { renderUpgradeJson } from '../upgrade/render.js'
import { writeFileAtomic } from '../report/write.js'

export interface CompareContext {
  patterns: string[]
  workspace: string
  cwd: string
  envsubst: boolean
  rules: RuleSelection
  reportDir: string
}

const GIT_DEADLINE_MS = 60_000

/** The comparison the compare-eksctl-version input asks for; null when it is empty. */
export async function runUpgradeCompare(report: ValidationReport, ctx: CompareContext): Promise<UpgradeReport | null> {
  const requested = core.getInput('compare-eksctl-version').trim()
  if (!requested) return null
  try {
    return await compare(requested, report, ctx)
  } catch (error) {
    // The validation's results still reach the log, the summary and the outputs; the step fails with this message.
    core.setFailed(error instanceof Error ? error.message : String(error))
    return null
  }
}

async function compare(requested: string, report: ValidationReport, ctx: CompareContext): Promise<UpgradeReport> {
  let from = requested
  let fromSource: 'base' | undefined
  if (requested === 'base') {
    const base = await readBaseVersion({
      workspace: ctx.workspace,
      file: core.getInput('compare-eksctl-version-file'),
      pattern: core.getInput('compare-eksctl-version-pattern') || undefined,
      ref: core.getInput('compare-base-ref') || undefined,
      env: process.env,
      timeoutMs: GIT_DEADLINE_MS
    })
    core.info(
      `eksctl-preflight: the base branch (${base.ref}) pins eksctl ${base.version} in ${base.file}:${base.line}` +
        (base.fetched ? ' (base commit fetched)' : '')
    )
    from = base.version
    fromSource = 'base'
  }
  const upgrade = await compareReleases({
    from,
    fromSource,
    to: report.eksctlVersion,
    patterns: ctx.patterns,
    workspace: ctx.workspace,
    cwd: ctx.cwd,
    envsubst: ctx.envsubst,
    env: process.env,
    rules: ctx.rules
  })
  const file = path.join(ctx.reportDir, 'upgrade-report.json')
  writeFileAtomic(file, renderUpgradeJson(upgrade))
  core.setOutput('compare-eksctl-version', upgrade.from.version)
  core.setOutput('upgrade-breaks', String(upgrade.summary.breaks))
  core.setOutput('upgrade-report-file', file)
  return upgrade
}

/**
 * The validation report with the findings B breaks reworded for the pull request (what A said, where it changed,
 * what to do): annotated as validation annotates, so no line gets two annotations and GitHub's limits hold.
 */
export function withUpgradeWording(report: ValidationReport, upgrade: UpgradeReport): ValidationReport {
  const breaks = new Map<string, UpgradeReport['files'][number]['changes'][number]>()
  for (const f of upgrade.files)
    for (const c of f.changes) if (c.kind === 'breaks') breaks.set(`${f.path}\0${c.ruleId}\0${c.instancePath}`, c)
  if (!breaks.size) return report
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      findings: file.findings.map((finding) => {
        const c = breaks.get(`${file.path}\0${finding.ruleId}\0${finding.instancePath}`)
        if (!c) return finding
        return {
          ...finding,
          message:
            `eksctl ${upgrade.to.version} breaks this line (eksctl ${upgrade.from.version} accepts it; changed in ` +
            `${c.changedIn}): ${finding.message}\nWhat to do: ${c.action}`
        }
      })
    }))
  }
}
