// Action shell for validation: inputs → validateFiles → annotations, job summary, outputs, report files.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { InstalledEksctl } from './install.js'
import { countLine } from '../report/describe.js'
import { planAnnotations } from '../report/github.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { failsOn, type FailOn } from '../report/model.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { realPathInside, writeFileAtomic } from '../report/write.js'
import { splitList, validateFiles } from '../validate/index.js'
import { renderUpgradeMarkdown } from '../upgrade/render.js'
import { runUpgradeCompare, withUpgradeWording } from './upgrade.js'

function failOnInput(): FailOn {
  const value = (core.getInput('fail-on') || 'error').trim()
  if (value !== 'error' && value !== 'warning' && value !== 'never')
    throw new Error(`fail-on must be error, warning or never; got "${value}"`)
  return value
}

/**
 * The sarif-file input as a path inside the workspace (configs are read only from there; reports go there too),
 * checked by name and, through links, by the real path of its folder.
 */
function sarifPath(workspace: string): string | null {
  const input = core.getInput('sarif-file').trim()
  if (!input) return null
  const file = path.resolve(workspace, input)
  const inside = path.relative(workspace, file)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside))
    throw new Error(`sarif-file must be a file inside the workspace (${workspace}); got "${input}"`)
  if (!realPathInside(workspace, file))
    throw new Error(
      `sarif-file "${input}" is in a folder that links outside the workspace (${workspace}); write it to a folder ` +
        'of the workspace that is not a symbolic link to elsewhere'
    )
  return file
}

/** Validates the `config` files. `installed` is install-eksctl's result when it ran in this step. */
export async function runValidateStep(installed: InstalledEksctl | null): Promise<void> {
  const patterns = core.getMultilineInput('config').filter((p) => p.trim() !== '')
  if (!patterns.length) {
    if (installed) {
      core.notice('config is empty: eksctl was installed, no ClusterConfig was validated.', {
        title: 'eksctl-preflight'
      })
      return
    }
    throw new Error(
      'config is empty: name the ClusterConfig files to validate (globs, one per line), ' +
        'or set install-eksctl: true to only install eksctl.'
    )
  }
  const failOn = failOnInput()
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const sarifFile = sarifPath(workspace)
  const cwd = path.resolve(workspace, core.getInput('working-directory') || '.')
  const requested = (core.getInput('eksctl-version') || 'installed').trim()
  const envsubst = core.getBooleanInput('envsubst')
  const rules = {
    enable: splitList([core.getInput('rules')]),
    disable: splitList([core.getInput('ignore-rules')]),
    karpenterVersion: core.getInput('karpenter-version')
  }
  const report = await validateFiles({
    patterns,
    workspace,
    cwd,
    envsubst,
    env: process.env,
    // With install-eksctl the installed release is the target, whatever form (latest, a range) named it.
    eksctlVersion: installed ? 'installed' : requested,
    installed: installed
      ? { version: installed.version, binary: installed.binary, schemaFile: installed.schemaFile }
      : null,
    rules
  })
  const reportDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'eksctl-preflight-'))
  // compare-eksctl-version: the same files between that release and the one validated against.
  const upgrade = await runUpgradeCompare(report, { patterns, workspace, cwd, envsubst, rules, reportDir })

  // envsubst values that look secret are masked before anything is printed (the reports show placeholders, not
  // values; this covers any other way a value could reach the log). A multi-line value is masked line by line too.
  for (const value of report.secretValues ?? []) {
    for (const part of new Set([value, ...value.split(/\r?\n/)])) if (part.trim().length >= 4) core.setSecret(part)
  }

  // The text report quotes file names and contents: stop workflow-command processing while it is printed, so a
  // line that happens to start with `::` cannot act as a command.
  core.startGroup(`eksctl-preflight: ${countLine(report)}`)
  const token = `eksctl-preflight-${randomUUID()}`
  core.info(`::stop-commands::${token}`)
  core.info(renderText(report))
  core.info(`::${token}::`)
  core.endGroup()

  const plan = planAnnotations(upgrade ? withUpgradeWording(report, upgrade) : report)
  for (const a of plan.annotations) {
    const props: core.AnnotationProperties = { title: a.title }
    if (a.file) {
      props.file = a.file
      props.startLine = a.startLine
      props.endLine = a.endLine
      props.startColumn = a.startColumn
      props.endColumn = a.endColumn
    }
    core[a.severity](a.message, props)
  }

  const reportFile = path.join(reportDir, 'validation-report.json')
  writeFileAtomic(reportFile, renderJson(report))
  if (sarifFile) writeFileAtomic(sarifFile, renderSarif(report))

  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(renderMarkdown(report) + (upgrade ? '\n' + renderUpgradeMarkdown(upgrade) : '')).write()
    } catch (error) {
      core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const failed = failsOn(report, failOn)
  core.setOutput('valid', String(!failed))
  core.setOutput('errors', String(report.summary.errors))
  core.setOutput('warnings', String(report.summary.warnings))
  core.setOutput('files', String(report.summary.clusterConfigs))
  core.setOutput('min-eksctl-version', report.minEksctlVersion ?? '')
  core.setOutput('max-eksctl-version', report.maxEksctlVersion ?? '')
  core.setOutput('eksctl-version', report.eksctlVersion)
  core.setOutput('report-file', reportFile)

  if (failed) {
    core.setFailed(
      `eksctl-preflight: ${countLine(report)} (fail-on: ${failOn}); validated against eksctl ${report.eksctlVersion}.`
    )
  }
}
