// runValidateStep(installed): what the action does when install-eksctl ran in the same step (in process, with the
// runner's environment simulated: INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_WORKSPACE).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runValidateStep } from '../src/action/validate.js'
import { hasShared, sharedDir } from './support/paths.js'
import { actionInputsEnv, parseCommandFile } from './support/run-action.js'
import { workspace } from './support/run-cli.js'
import { karpenterEnv, karpenterV027 } from './support/seed-configs.js'

const saved = { ...process.env }

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  vi.restoreAllMocks()
})

function runner(
  ws: string,
  inputs: Record<string, string>
): { stdout: () => string; outputs: () => Record<string, string> } {
  const temp = workspace()
  const outputFile = path.join(temp, 'output')
  writeFileSync(outputFile, '')
  writeFileSync(path.join(temp, 'summary'), '')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    RUNNER_TEMP: temp,
    ...actionInputsEnv(inputs)
  })
  const chunks: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  return { stdout: () => chunks.join(''), outputs: () => parseCommandFile(readFileSync(outputFile, 'utf8')) }
}

describe('action: validate after install-eksctl', () => {
  it('validates against the installed release whatever eksctl-version said (latest, a range)', async () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runner(ws, { config: 'cluster.yaml', 'eksctl-version': '~0.105' })
    await runValidateStep({ version: '0.105.0', binary: '/nonexistent/eksctl' })
    expect(run.outputs()).toMatchObject({ 'eksctl-version': '0.105.0', valid: 'false', errors: '2' })
    expect(run.stdout()).toContain('::error title=eksctl-preflight [schema/unknown-field],file=cluster.yaml,line=22,')
    const report = JSON.parse(readFileSync(run.outputs()['report-file']!, 'utf8'))
    expect(report).toMatchObject({ eksctlVersionSource: 'installed', eksctlVersion: '0.105.0' })
    expect(process.exitCode).toBe(1)
  })

  it('with an empty config it only installs: a notice, no failure, no outputs', async () => {
    const ws = workspace()
    const run = runner(ws, { config: '' })
    await runValidateStep({ version: '0.230.0', binary: '/nonexistent/eksctl' })
    expect(run.stdout()).toContain(
      '::notice title=eksctl-preflight::config is empty: eksctl was installed, no ClusterConfig was validated.'
    )
    expect(run.outputs()).toEqual({})
    expect(process.exitCode).toBeUndefined()
  })

  it.skipIf(!hasShared)('a release newer than the bundled data brings its own schema (schemaFile)', async () => {
    // A made-up 0.231.0 whose schema is 0.230.0's plus a new top-level field.
    const raw = JSON.parse(readFileSync(path.join(sharedDir, 'eksctl-schemas/schemas/0.230.0.json'), 'utf8'))
    const cluster = raw.definitions.ClusterConfig
    cluster.properties.futureField = { type: 'string' }
    const ws = workspace({
      'cluster.yaml': karpenterV027.replace('version: "1.24"', 'version: "1.32"') + 'futureField: yes-please\n',
      'schema.json': JSON.stringify(raw)
    })
    Object.assign(process.env, karpenterEnv)
    const run = runner(ws, { config: 'cluster.yaml', envsubst: 'true' })
    await runValidateStep({
      version: '0.231.0',
      binary: '/nonexistent/eksctl',
      schemaFile: path.join(ws, 'schema.json')
    })
    expect(run.outputs()).toMatchObject({
      'eksctl-version': '0.231.0',
      valid: 'true',
      errors: '0',
      'min-eksctl-version': '0.231.0'
    })
  })
})
