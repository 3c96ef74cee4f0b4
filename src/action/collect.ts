// Action shell for Karpenter collection: the `mode: collect` step, and the post step armed by the main step.
// Collection never changes the job's result: every problem is a warning with its cause.
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'
import {
  COLLECT_DEFAULTS,
  collectKarpenterEvidence,
  renderCollectionMarkdown,
  type CollectResult
} from '../karpenter/collect/index.js'
import { currentJobVerdict, jobStatusContext } from './job-status.js'

/** saveState keys (the runner hands them to the post step as STATE_<key>). */
export const STATE_WHEN = 'collect-karpenter-logs'
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

function defaultArtifactName(env: NodeJS.ProcessEnv): string {
  return `karpenter-${env.GITHUB_JOB || 'job'}-${env.GITHUB_RUN_ATTEMPT || '1'}`
}

function freshFolder(base: string): string {
  if (!existsSync(base)) return base
  for (let i = 2; ; i++) if (!existsSync(`${base}-${i}`)) return `${base}-${i}`
}

async function upload(result: CollectResult, name: string, retentionDays: number | undefined): Promise<void> {
  const files = [
    ...result.manifest.calls.filter((c) => c.file !== null).map((c) => join(result.outDir, c.file as string)),
    ...result.manifest.generated.map((g) => join(result.outDir, g.file)),
    join(result.outDir, 'manifest.json')
  ]
  try {
    const client = new DefaultArtifactClient()
    const response = await client.uploadArtifact(name, files, result.outDir, retentionDays ? { retentionDays } : {})
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
  }
}

/** Collect now, with the step's inputs: folder, summary, artifact, outputs. Never throws. */
export async function collectAndPublish(why: string): Promise<void> {
  try {
    const env = process.env
    const artifactName = core.getInput('artifact-name').trim() || defaultArtifactName(env)
    const retentionDays = retentionInput()
    const outDir = freshFolder(join(env.RUNNER_TEMP || tmpdir(), 'eksctl-preflight', artifactName))
    core.info(`Collecting Karpenter evidence (${why}) into ${outDir}`)
    const result = await collectKarpenterEvidence({
      outDir,
      kubeconfig: core.getInput('kubeconfig').trim() || undefined,
      context: core.getInput('kube-context').trim() || undefined,
      namespace: core.getInput('karpenter-namespace').trim() || undefined,
      timeoutMs: secondsInput('collect-timeout', COLLECT_DEFAULTS.timeoutMs / 1000) * 1000,
      redactAccountIds: booleanInput('redact-account-ids'),
      maskedValues: knownSecretValues(env)
    })
    for (const note of result.notes) core.info(result.redact(`Karpenter collection: ${note}`))
    for (const warning of result.warnings) core.warning(result.redact(`Karpenter collection: ${warning}`))
    core.setOutput('logs-dir', result.outDir)
    core.exportVariable(COLLECTED_ENV, result.outDir)
    try {
      const markdown = [renderCollectionMarkdown(result.manifest, result.outDir), result.reportMarkdown ?? '']
      await core.summary.addRaw(result.redact(markdown.join('\n'))).write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
    }
    await upload(result, artifactName, retentionDays)
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
  const ctx = jobStatusContext(process.env, core.getInput('github-token'))
  if ('missing' in ctx) {
    core.warning(`Could not tell whether the job failed (missing ${ctx.missing.join(', ')}): collecting anyway`)
    await collectAndPublish('collect-karpenter-logs: on-failure, job state unknown')
    return
  }
  const verdict = await currentJobVerdict(ctx)
  if (verdict.state === 'passed') {
    core.info('No step of this job failed: Karpenter evidence not collected (collect-karpenter-logs: on-failure)')
    return
  }
  if (verdict.state === 'unknown') {
    core.warning(`Could not tell whether the job failed (${verdict.reason}): collecting anyway`)
    await collectAndPublish('collect-karpenter-logs: on-failure, job state unknown')
    return
  }
  await collectAndPublish(`collect-karpenter-logs: on-failure; failed: ${verdict.failedSteps.join(', ')}`)
}
