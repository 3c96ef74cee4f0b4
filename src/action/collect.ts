// Action shell for Karpenter collection: the `mode: collect` step, and the post step armed by the main step.
// Collection never changes the job's result: every problem is a warning with its cause.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'
import {
  COLLECT_DEFAULTS,
  collectKarpenterEvidence,
  renderCollectionMarkdown,
  oneLine,
  type CollectResult
} from '../karpenter/collect/index.js'
import { currentJobVerdict, jobStatusContext, jobsApiUrl } from './job-status.js'

/** saveState keys (the runner hands them to the post step as STATE_<key>). */
export const STATE_WHEN = 'collect-karpenter-logs'
/** 'true' when the main step itself (input check, install, validation) failed; saved as the main step ends. */
export const STATE_MAIN_FAILED = 'main-step-failed'
/** Exported to later steps (and post steps) once a step has collected, so the post step does not collect twice. */
export const COLLECTED_ENV = 'EKSCTL_PREFLIGHT_KARPENTER_COLLECTED'

const WHEN_VALUES = ['never', 'on-failure', 'always'] as const
type When = (typeof WHEN_VALUES)[number]

function readWhen(): When {
  const raw = (core.getInput('collect-karpenter-logs') || 'never').trim().toLowerCase()
  if ((WHEN_VALUES as readonly string[]).includes(raw)) return raw as When
  core.warning(`collect-karpenter-logs must be never, on-failure or always, got "${raw}": nothing will be collected`)
  return 'never'
}

/** Main step: remember (saveState) what the post step needs to decide whether to collect. */
export function armPostCollection(): void {
  const when = readWhen()
  core.saveState(STATE_WHEN, when)
  if (when !== 'never') core.info(`Karpenter evidence will be collected at the end of the job (${when})`)
}

/** Main step, at its end: tell the post step whether this step failed (then nothing it checked was deployed). */
export function recordMainOutcome(failed: boolean): void {
  core.saveState(STATE_MAIN_FAILED, failed ? 'true' : 'false')
}

/** Set when an upload was left running past upload-timeout: the step must then exit without waiting for it. */
let abandoned = false
export function workAbandoned(): boolean {
  return abandoned
}

/**
 * Text from the cluster (namespaces, Lease holders, stderr) printed to the log on one line, between stop-commands
 * markers: the runner obeys no `::command::` in it, and no line break in the data can start a new line.
 */
export function infoFromData(lines: string[]): void {
  if (lines.length === 0) return
  const token = `eksctl-preflight-${randomUUID()}`
  core.info(`::stop-commands::${token}`)
  for (const line of lines) core.info(oneLine(line))
  core.info(`::${token}::`)
}

function secondsInput(name: string, fallback: number): number {
  const raw = core.getInput(name).trim()
  if (raw === '') return fallback
  const n = Number(raw)
  if (Number.isFinite(n) && n > 0) return n
  core.warning(`${name} must be a positive number of seconds, got "${raw}": using ${fallback}`)
  return fallback
}

function retentionInput(): number | undefined {
  const raw = core.getInput('retention-days').trim()
  if (raw === '') return undefined
  const n = Number(raw)
  if (Number.isInteger(n) && n >= 1 && n <= 90) return n
  core.warning(`retention-days must be a whole number of days from 1 to 90, got "${raw}": using the repository setting`)
  return undefined
}

function booleanInput(name: string): boolean {
  const raw = core.getInput(name).trim().toLowerCase()
  if (['true', 'yes', 'on', '1'].includes(raw)) return true
  if (['', 'false', 'no', 'off', '0'].includes(raw)) return false
  core.warning(`${name} must be true or false, got "${raw}": using false`)
  return false
}

/**
 * Secret values this step can know: the github-token input and credentials in the environment (set by e.g.
 * aws-actions/configure-aws-credentials). Values other steps registered with ::add-mask:: are not visible to an
 * action, so they are masked only if they match a pattern (documented in the README).
 */
export function knownSecretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_WEB_IDENTITY_TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  ]
  return [core.getInput('github-token'), ...names.map((n) => env[n] ?? '')].filter((v) => v !== '')
}

/** Default of the upload-timeout input, seconds. */
export const UPLOAD_TIMEOUT_S = 120

function defaultArtifactName(env: NodeJS.ProcessEnv): string {
  return `karpenter-${env.GITHUB_JOB || 'job'}-${env.GITHUB_RUN_ATTEMPT || '1'}`
}

function freshFolder(base: string): string {
  if (!existsSync(base)) return base
  for (let i = 2; ; i++) if (!existsSync(`${base}-${i}`)) return `${base}-${i}`
}

async function upload(
  result: CollectResult,
  name: string,
  retentionDays: number | undefined,
  timeoutMs: number
): Promise<void> {
  const files = [
    ...result.manifest.calls.filter((c) => c.file !== null).map((c) => join(result.outDir, c.file as string)),
    ...result.manifest.generated.map((g) => join(result.outDir, g.file)),
    join(result.outDir, 'manifest.json')
  ]
  let timer: NodeJS.Timeout | undefined
  try {
    const client = new DefaultArtifactClient()
    const uploading = client.uploadArtifact(name, files, result.outDir, retentionDays ? { retentionDays } : {})
    // The artifact client retries with long socket timeouts; past upload-timeout the step stops waiting for it.
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), timeoutMs)
    })
    const response = await Promise.race([uploading, expired])
    if (response === 'expired') {
      abandoned = true
      uploading.catch(() => undefined)
      core.warning(
        `Uploading the Karpenter evidence as artifact "${name}" did not finish within ${timeoutMs / 1000} s ` +
          `(upload-timeout): stopped waiting. The files stay in ${result.outDir} (output logs-dir) for a following ` +
          'actions/upload-artifact step.'
      )
      return
    }
    if (response.id !== undefined) {
      core.setOutput('artifact-id', String(response.id))
      const env = process.env
      const url = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${response.id}`
      core.setOutput('artifact-url', url)
      core.info(`Karpenter evidence uploaded as artifact ${name} (${response.size ?? 0} bytes): ${url}`)
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.warning(
      `Uploading the Karpenter evidence as artifact "${name}" failed: ${message}. ` +
        `The files stay in ${result.outDir} (output logs-dir) for a following actions/upload-artifact step` +
        (/conflict|already exists/i.test(message) ? '; in a matrix, give each job its own artifact-name.' : '.')
    )
  } finally {
    clearTimeout(timer)
  }
}

/** Collect now, with the step's inputs: folder, summary, artifact, outputs. Never throws. */
export async function collectAndPublish(why: string): Promise<void> {
  try {
    const env = process.env
    const artifactName = core.getInput('artifact-name').trim() || defaultArtifactName(env)
    const retentionDays = retentionInput()
    const uploadTimeoutMs = secondsInput('upload-timeout', UPLOAD_TIMEOUT_S) * 1000
    const outDir = freshFolder(join(env.RUNNER_TEMP || tmpdir(), 'eksctl-preflight', artifactName))
    infoFromData([`Collecting Karpenter evidence (${why}) into ${outDir}`])
    const result = await collectKarpenterEvidence({
      outDir,
      kubeconfig: core.getInput('kubeconfig').trim() || undefined,
      context: core.getInput('kube-context').trim() || undefined,
      namespace: core.getInput('karpenter-namespace').trim() || undefined,
      timeoutMs: secondsInput('collect-timeout', COLLECT_DEFAULTS.timeoutMs / 1000) * 1000,
      redactAccountIds: booleanInput('redact-account-ids'),
      maskedValues: knownSecretValues(env)
    })
    // Notes quote cluster data: printed inside stop-commands. Warnings are annotations: core escapes them.
    infoFromData(result.notes.map((note) => result.redact(`Karpenter collection: ${note}`)))
    for (const warning of result.warnings) core.warning(oneLine(result.redact(`Karpenter collection: ${warning}`)))
    core.setOutput('logs-dir', result.outDir)
    core.exportVariable(COLLECTED_ENV, result.outDir)
    try {
      const markdown = [renderCollectionMarkdown(result.manifest, result.outDir), result.reportMarkdown ?? '']
      await core.summary.addRaw(result.redact(markdown.join('\n'))).write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
    }
    await upload(result, artifactName, retentionDays, uploadTimeoutMs)
  } catch (error) {
    core.warning(`Karpenter collection failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** `mode: collect`: collect on demand (e.g. in a step under `if: failure()`). */
export async function runCollectStep(): Promise<void> {
  await collectAndPublish('mode: collect')
}

/** The post step: collect when the main step armed it and the job's state asks for it. */
export async function runPostCollection(): Promise<void> {
  const when = core.getState(STATE_WHEN) as When | ''
  if (when === '' || when === 'never') {
    core.debug('Karpenter collection not armed for this step')
    return
  }
  const already = process.env[COLLECTED_ENV]
  if (already) {
    core.info(`Karpenter evidence was already collected by an earlier step (${already}); not collecting again`)
    return
  }
  if (when === 'always') {
    await collectAndPublish('collect-karpenter-logs: always')
    return
  }
  const mainFailed = core.getState(STATE_MAIN_FAILED) === 'true'
  const ctx = jobStatusContext(process.env, core.getInput('github-token'))
  const permission = 'the github-token needs the actions: read permission (permissions: actions: read)'
  const verdict =
    'missing' in ctx
      ? ({ state: 'unknown', reason: `missing ${ctx.missing.join(', ')}`, url: null } as const)
      : await currentJobVerdict(ctx)
  if (mainFailed) {
    // This action's own step failed (inputs, install or validation): whatever it checked was not deployed. Only a
    // later step that failed too (the main step under continue-on-error) makes the cluster worth a look.
    if (verdict.state === 'failed' && verdict.failedSteps.length > 1) {
      await collectAndPublish(`collect-karpenter-logs: on-failure; failed: ${verdict.failedSteps.join(', ')}`)
      return
    }
    core.notice(
      "Karpenter evidence not collected: the step that failed is this action's own (eksctl-preflight validation), " +
        'so nothing it validated was deployed. on-failure collects when a later step fails; ' +
        'set collect-karpenter-logs: always to collect regardless.',
      { title: 'eksctl-preflight' }
    )
    return
  }
  if (verdict.state === 'passed') {
    core.info('No step of this job failed: Karpenter evidence not collected (collect-karpenter-logs: on-failure)')
    return
  }
  if (verdict.state === 'unknown') {
    const url = verdict.url ?? ('missing' in ctx ? null : jobsApiUrl(ctx))
    core.warning(
      oneLine(
        `Could not tell whether the job failed (${verdict.reason}): collecting anyway. ` +
          `The post step asks ${url ?? 'the GitHub REST API (GITHUB_API_URL)/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs'} ` +
          `for the conclusions of this job's steps; ${permission}.`
      )
    )
    await collectAndPublish('collect-karpenter-logs: on-failure, job state unknown')
    return
  }
  await collectAndPublish(`collect-karpenter-logs: on-failure; failed: ${verdict.failedSteps.join(', ')}`)
}
