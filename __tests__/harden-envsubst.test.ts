// envsubst and secrets (issue 12 point 3) and placeholders (issue 10): runner and credential variables are refused at
// their position, values that look secret are masked, and no report (SARIF, JSON, summary, annotations, text) shows
// an expanded value: the placeholder as written stands in its place. Reproduced through the bundled action and CLI.
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runActionSync } from './support/run-action.js'
import { pathWithoutEksctl, runCli, workspace } from './support/run-cli.js'

const made: string[] = []
const ws = (files: Record<string, string>): string => {
  const dir = workspace(files)
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const SECRET = {
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-0123456789abcdef',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-fedcba9876543210',
  GITHUB_TOKEN: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
  DB_PASSWORD: 'hunter2-correct-horse',
  NODE_FAMILY: 'Q29ycmVjdEhvcnNlQmF0dGVyeVN0YXBsZQ9x'
}

const config = [
  'apiVersion: eksctl.io/v1alpha5',
  'kind: ClusterConfig',
  'metadata:',
  '  name: ${ACTIONS_RUNTIME_TOKEN}',
  '  region: eu-west-1',
  '  tags:',
  '    key: ${AWS_SECRET_ACCESS_KEY}',
  '    oidc: $ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  '    gh: ${GITHUB_TOKEN}',
  '    db: ${DB_PASSWORD}',
  'nodeGroups:',
  '  - name: ng-1',
  '    amiFamily: ${NODE_FAMILY}',
  ''
].join('\n')

function everyReport(
  dir: string,
  run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }
): string {
  const sarif = readFileSync(path.join(dir, 'results.sarif'), 'utf8')
  const json = readFileSync(run.outputs['report-file']!, 'utf8')
  return [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, sarif, json].join('\n')
}

describe('envsubst never copies a secret into a report', () => {
  it('refuses runner/credential variables at their position, masks secret-looking values, shows placeholders (dist)', () => {
    const dir = ws({ 'cluster.yaml': config })
    const run = runActionSync({
      workspace: dir,
      inputs: { config: 'cluster.yaml', envsubst: 'true', 'eksctl-version': '0.230.0', 'sarif-file': 'results.sarif' },
      env: { PATH: pathWithoutEksctl(), ...SECRET }
    })
    expect(run.code, run.stderr).toBe(1)
    const all = everyReport(dir, run)
    for (const [name, value] of Object.entries(SECRET)) expect(all, `${name}'s value in a report`).not.toContain(value)
    // Each refused variable: an error annotation at the placeholder.
    const refused = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error ') && l.includes('[config/refused-variable]'))
    expect(refused.map((l) => /::error .*line=(\d+),endLine=\d+,col=(\d+)/.exec(l)?.slice(1).join(':'))).toEqual([
      '4:9',
      '7:10',
      '8:11',
      '9:9'
    ])
    expect(refused[0]).toContain('ACTIONS_RUNTIME_TOKEN is a runner or credential variable')
    // The other values that look secret (by name, by shape) are masked before anything is printed.
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    expect(masks.sort()).toEqual([`::add-mask::${SECRET.DB_PASSWORD}`, `::add-mask::${SECRET.NODE_FAMILY}`].sort())
    const firstMask = run.stdout.indexOf('::add-mask::')
    expect(firstMask).toBeLessThan(run.stdout.indexOf('::group::'))
    // The invalid amiFamily is reported with the placeholder as written.
    const json = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'))
    const ami = json.files[0].findings.find((f: { instancePath: string }) => f.instancePath.endsWith('/amiFamily'))
    expect(ami.message).toContain('`${NODE_FAMILY}` is not a valid')
    // The summary says why nothing is decided: the refused variables, not "no release fixes the errors above".
    expect(run.summary).not.toContain('no release fixes')
  })

  it('an unset variable: the text and summary say it is unset (dist)', () => {
    const text =
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${CLUSTER_NAME}\n  region: eu-west-1\n'
    const dir = ws({ 'cluster.yaml': text })
    const cli = runCli(dir, ['validate', 'cluster.yaml', '--envsubst', '--eksctl-version', '0.230.0'])
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain(
      'cluster.yaml: invalid for eksctl 0.230.0; not decided: environment variable CLUSTER_NAME is not set'
    )
    expect(cli.stdout).toContain('cluster.yaml is not decided: environment variable CLUSTER_NAME is not set')
    expect(cli.stdout).not.toContain('no release fixes')
    expect(cli.stdout).not.toContain('no known eksctl release accepts')
    const run = runActionSync({
      workspace: dir,
      inputs: { config: 'cluster.yaml', envsubst: 'true', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })
    expect(run.summary).toContain('not set')
    expect(run.summary).not.toContain('no release fixes')
    expect(run.summary).not.toContain('no known eksctl release accepts')
  })

  it('without envsubst, bare $VAR is exempt from checks like ${VAR}', () => {
    const text = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: a',
      '  region: eu-west-1',
      'nodeGroups:',
      '  - name: ng-1',
      '    amiFamily: $NODE_FAMILY',
      '    desiredCapacity: ${COUNT}',
      ''
    ].join('\n')
    const dir = ws({ 'cluster.yaml': text })
    const run = runCli(dir, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0', '--format', 'json'])
    expect(run.code, run.stdout).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['config/unexpanded-placeholder'])
    expect(report.files[0].findings[0].message).toContain('($NODE_FAMILY, ${COUNT})')
  })
})
