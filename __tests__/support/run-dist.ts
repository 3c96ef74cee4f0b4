// Running the bundled action and CLI as a runner and a shell do: `node dist/index.js` with INPUT_* variables
// (defaults from action.yml, names upper-cased with hyphens kept), temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
// RUNNER_TEMP / GITHUB_WORKSPACE; `node dist/cli.js` with arguments, stdin and a working directory.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './schemas.js'

export const sharedDir = path.resolve(repoRoot, '../shared')
export const hasShared = existsSync(path.join(sharedDir, 'eksctl-examples'))

/** A fresh folder with the given files (path → content). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-ws-')))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

/** PATH without any eksctl, so `installed` means "not found" unless a test adds one. */
export function pathWithoutEksctl(): string {
  return path.dirname(process.execPath)
}

const actionInputs = (
  parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
).inputs

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

export function runAction(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'preflight-runner-'))
  const outputFile = path.join(runnerTemp, 'github_output')
  const summaryFile = path.join(runnerTemp, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionInputs)) {
    const value = name === 'github-token' ? '' : (spec.default ?? '')
    inputEnv[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(inputs)) inputEnv[`INPUT_${name.toUpperCase()}`] = value
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/index.js')], {
    cwd: ws,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: pathWithoutEksctl(),
      HOME: runnerTemp,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      ...inputEnv,
      ...env
    }
  })
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp
  }
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(
  cwd: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string | Buffer } = {}
): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    input: options.input ?? '',
    env: { PATH: pathWithoutEksctl(), HOME: cwd, ...options.env }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The Karpenter v0.27 getting-started ClusterConfig, verbatim (reference/karpenter.md §5.2 (a)). */
export const karpenterV027 = `---
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: \${CLUSTER_NAME}
  region: \${AWS_DEFAULT_REGION}
  version: "1.24"
  tags:
    karpenter.sh/discovery: \${CLUSTER_NAME}

iam:
  withOIDC: true
  serviceAccounts:
  - metadata:
      name: karpenter
      namespace: karpenter
    roleName: \${CLUSTER_NAME}-karpenter
    attachPolicyARNs:
    - arn:aws:iam::\${AWS_ACCOUNT_ID}:policy/KarpenterControllerPolicy-\${CLUSTER_NAME}
    roleOnly: true

iamIdentityMappings:
- arn: "arn:aws:iam::\${AWS_ACCOUNT_ID}:role/KarpenterNodeRole-\${CLUSTER_NAME}"
  username: system:node:{{EC2PrivateDNSName}}
  groups:
  - system:bootstrappers
  - system:nodes

managedNodeGroups:
- instanceType: m5.large
  amiFamily: AmazonLinux2
  name: \${CLUSTER_NAME}-ng
  desiredCapacity: 2
  minSize: 1
  maxSize: 10

## Optionally run on fargate
# fargateProfiles:
# - name: karpenter
#  selectors:
#  - namespace: karpenter
`

export const karpenterEnv = { CLUSTER_NAME: 'demo', AWS_DEFAULT_REGION: 'us-west-2', AWS_ACCOUNT_ID: '111122223333' }
