// Verdicts a user acts on: the compatible window (min and max eksctl release) per file and for the run, the
// `fields` answer for values eksctl checks in code, and `--karpenter-version` for Karpenter installed with Helm.
// The window is checked against a brute-force scan of every known release (schema and rules at each), and the
// `fields` answer against the rule it quotes, so neither can drift from what validation does.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfigs } from '../src/config/index.js'
import { runRules } from '../src/rules/index.js'
import { codeCheckedValueHistory } from '../src/rules/value-history.js'
import { listReleases } from '../src/schemas/index.js'
import { compatibleReleases } from '../src/validate/evaluate.js'
import { validateFiles } from '../src/validate/index.js'
import { runActionSync } from './support/run-action.js'
import { pathWithoutEksctl, runCli, workspace } from './support/run-cli.js'
import { hasShared, sharedDir } from './support/paths.js'
import { reportSchemaValidator } from './support/schemas.js'

const config = (version: string, extra = ''): string =>
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n' +
  `  version: "${version}"\nmanagedNodeGroups:\n  - name: ng-1\n    instanceType: m5.large\n${extra}`

/** The first and last release whose schema and rules both accept the file, scanning every known release. */
async function bruteForceWindow(text: string): Promise<{ first: string | null; last: string | null }> {
  const ws = workspace({ 'c.yaml': text })
  const [loaded] = await loadConfigs({ patterns: ['c.yaml'], workspace: ws, cwd: ws, envsubst: false, env: {} })
  const doc = loaded!.document!
  const ranges = compatibleReleases(doc.data)
  const releases = listReleases().map((r) => r.version)
  const inSchema = (v: string): boolean => {
    const i = releases.indexOf(v)
    return ranges.some((r) => i >= releases.indexOf(r.from) && (r.to === null || i <= releases.indexOf(r.to)))
  }
  const accepted = releases.filter((v) => inSchema(v) && !runRules(doc, v).some((f) => f.severity === 'error'))
  return { first: accepted[0] ?? null, last: accepted.at(-1) ?? null }
}

describe('the compatible window', () => {
  it.each(['1.16', '1.20', '1.24', '1.29', '1.31', '1.33'])(
    'Kubernetes %s: min and max agree with a scan of every release',
    async (k8s) => {
      const text = config(k8s)
      const ws = workspace({ 'c.yaml': text })
      const report = await validateFiles({ patterns: ['c.yaml'], workspace: ws, cwd: ws, eksctlVersion: '0.230.0' })
      const file = report.files[0]!
      const scan = await bruteForceWindow(text)
      const newest = listReleases().at(-1)!.version
      expect(file.minEksctlVersion).toBe(scan.first)
      expect(file.maxEksctlVersion).toBe(scan.last === newest ? null : scan.last)
    }
  )

  it('a config pinning Kubernetes 1.24, validated at 0.230.0: the text, JSON and outputs give 0.120.0 … 0.201.0', () => {
    const ws = workspace({ 'cluster.yaml': config('1.24') })
    const text = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0'])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain(
      'cluster.yaml: invalid for eksctl 0.230.0; compatible: eksctl 0.120.0 … 0.201.0 only (later releases reject it; schema: eksctl ≥ 0.21.0)\n'
    )
    expect(text.stdout).toContain('; all files are compatible with eksctl 0.120.0 … 0.201.0 only\n')
    expect(text.stdout).not.toContain('needs eksctl ≥ 0.120.0')
    // The error names the window's end (until) and the calendar its list comes from, with its date.
    expect(text.stdout).toContain('(per the EKS version calendar of 2026-08-13: eksctl 0.230.0 asks EKS')

    const json = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0', '--format', 'json'])
    const report = JSON.parse(json.stdout)
    const validate = reportSchemaValidator()
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report).toMatchObject({ minEksctlVersion: '0.120.0', maxEksctlVersion: '0.201.0' })
    expect(report.files[0]).toMatchObject({ minEksctlVersion: '0.120.0', maxEksctlVersion: '0.201.0' })
    expect(report.files[0].findings[0]).toMatchObject({
      ruleId: 'rules/kubernetes-version-supported',
      until: '0.202.0'
    })

    const action = runActionSync({
      workspace: ws,
      inputs: { config: 'cluster.yaml', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })
    expect(action.outputs['min-eksctl-version']).toBe('0.120.0')
    expect(action.outputs['max-eksctl-version']).toBe('0.201.0')
    expect(action.summary).toContain('| File | Verdict | Compatible | Schema accepts |')
    expect(action.summary).toContain('| ❌ invalid | eksctl 0.120.0 … 0.201.0 | eksctl ≥ 0.21.0 |')
    expect(action.summary).toContain('All files are compatible with eksctl **0.120.0** … **0.201.0** only.')
  })

  it('an open window stays `needs eksctl ≥`, and max-eksctl-version is empty', () => {
    const ws = workspace({ 'cluster.yaml': config('1.33') })
    const run = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0'])
    expect(run.stdout).toContain('cluster.yaml: valid for eksctl 0.230.0; needs eksctl ≥ 0.202.0')
    const action = runActionSync({
      workspace: ws,
      inputs: { config: 'cluster.yaml', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })
    expect(action.outputs['min-eksctl-version']).toBe('0.202.0')
    expect(action.outputs['max-eksctl-version']).toBe('')
  })

  it('files whose windows do not overlap: no single release accepts them all, and the text says which', () => {
    const ws = workspace({ 'old.yaml': config('1.24'), 'new.yaml': config('1.33') })
    const run = runCli(ws, ['validate', 'old.yaml', 'new.yaml', '--eksctl-version', '0.230.0', '--format', 'json'])
    expect(JSON.parse(run.stdout)).toMatchObject({ minEksctlVersion: '0.202.0', maxEksctlVersion: '0.201.0' })
    const text = runCli(ws, ['validate', 'old.yaml', 'new.yaml', '--eksctl-version', '0.230.0'])
    expect(text.stdout).toContain(
      '; no single known eksctl release accepts every file: together they need eksctl ≥ 0.202.0, and old.yaml is accepted only up to 0.201.0\n'
    )
  })
})

describe('fields: values eksctl checks in code', () => {
  it('metadata.version=1.24 answers 0.120.0 … 0.201.0, citing the rule and the dated calendar', () => {
    const run = runCli(process.cwd(), ['fields', 'metadata.version=1.24'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^metadata\.version=1\.24: accepted in 0\.120\.0 \(2022-11-18\), removed in 0\.202\.0 \(\d{4}-\d\d-\d\d; last in 0\.201\.0\) — checked in eksctl's code, not its schema: static lists before 0\.202\.0, from 0\.202\.0 what EKS offers when eksctl runs, here per the EKS version calendar of 2026-08-13 \(rules\/kubernetes-version-supported\)\n$/
    )
    const json = JSON.parse(runCli(process.cwd(), ['fields', 'metadata.version=1.24', '--format', 'json']).stdout)
    expect(json[0]).toMatchObject({
      path: 'metadata.version',
      value: '1.24',
      checkedBy: 'rules/kubernetes-version-supported',
      ranges: [{ from: '0.120.0', to: '0.201.0', removedIn: '0.202.0' }]
    })
    const never = runCli(process.cwd(), ['fields', 'metadata.version=1.9'])
    expect(never.code).toBe(1)
    expect(never.stdout).toMatch(/^metadata\.version=1\.9: in no known release \(0\.21\.0 … 0\.230\.0\) — checked in/)
  })

  it.each(['1.13', '1.19', '1.24', '1.29', '1.32', '1.36', '1.40'])(
    'metadata.version=%s: the answer is the rule itself, release by release',
    async (k8s) => {
      const ws = workspace({ 'c.yaml': config(k8s) })
      const [loaded] = await loadConfigs({ patterns: ['c.yaml'], workspace: ws, cwd: ws, envsubst: false, env: {} })
      const releases = listReleases()
      const history = codeCheckedValueHistory('metadata.version', k8s, releases)!
      const index = (v: string): number => releases.findIndex((r) => r.version === v)
      for (const [i, release] of releases.entries()) {
        const answered = history.ranges.some((r) => i >= index(r.from) && (r.to === null || i <= index(r.to)))
        const ruled = !runRules(loaded!.document!, release.version).some(
          (f) => f.ruleId === 'rules/kubernetes-version-supported' && f.severity !== 'notice'
        )
        expect(answered, `${k8s} at ${release.version}`).toBe(ruled)
      }
    }
  )
})

/** The ClusterConfig of Karpenter's v1.0 getting-started guide (Pod Identity; Karpenter itself installed by Helm). */
const guideV1 = `---
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: \${CLUSTER_NAME}
  region: \${AWS_DEFAULT_REGION}
  version: "\${K8S_VERSION}"
  tags:
    karpenter.sh/discovery: \${CLUSTER_NAME}

iam:
  withOIDC: true
  podIdentityAssociations:
  - namespace: "\${KARPENTER_NAMESPACE}"
    serviceAccountName: karpenter
    roleName: \${CLUSTER_NAME}-karpenter
    permissionPolicyARNs:
    - arn:\${AWS_PARTITION}:iam::\${AWS_ACCOUNT_ID}:policy/KarpenterControllerPolicy-\${CLUSTER_NAME}

iamIdentityMappings:
- arn: "arn:\${AWS_PARTITION}:iam::\${AWS_ACCOUNT_ID}:role/KarpenterNodeRole-\${CLUSTER_NAME}"
  username: system:node:{{EC2PrivateDNSName}}
  groups:
  - system:bootstrappers
  - system:nodes
  ## If you intend to run Windows workloads, the kube-proxy group should be specified.
  # For more information, see https://github.com/aws/karpenter/issues/5099.
  # - eks:kube-proxy-windows

managedNodeGroups:
- instanceType: m5.large
  amiFamily: AmazonLinux2
  name: \${CLUSTER_NAME}-ng
  desiredCapacity: 2
  minSize: 1
  maxSize: 10

addons:
- name: eks-pod-identity-agent
`

const guideEnv = {
  CLUSTER_NAME: 'demo',
  AWS_DEFAULT_REGION: 'us-west-2',
  K8S_VERSION: '1.30',
  KARPENTER_NAMESPACE: 'kube-system',
  AWS_PARTITION: 'aws',
  AWS_ACCOUNT_ID: '111122223333'
}

describe('--karpenter-version / karpenter-version: Karpenter installed with Helm', () => {
  // The guide's way: Karpenter is installed by Helm, so nothing in the ClusterConfig names its version.
  const guide = guideV1
  const cli = (ws: string, ...args: string[]) =>
    runCli(ws, ['validate', 'cluster.yaml', '--envsubst', ...args], { env: guideEnv })

  it('the CLI checks the guide minimum for the named version and turns the karpenter group on', () => {
    const ws = workspace({ 'cluster.yaml': guide })
    const without = cli(ws, '--eksctl-version', '0.190.0')
    expect(without.stdout).not.toContain('karpenter-eksctl-minimum')
    const run = cli(ws, '--eksctl-version', '0.190.0', '--karpenter-version', 'v1.0.11')
    expect(run.stdout).toMatch(
      /^cluster\.yaml:\d+:\d+: warning\[rules\/karpenter-eksctl-minimum\]: the Karpenter 1\.0\.11 getting-started guide needs eksctl >= v0\.191\.0/m
    )
    // The guide's own config passes the rest of the group unchanged.
    expect(run.stdout.match(/warning\[rules\/karpenter-/g)).toHaveLength(1)
    const newer = cli(ws, '--eksctl-version', '0.191.0', '--karpenter-version', '1.0.11')
    expect(newer.stdout).not.toContain('karpenter-eksctl-minimum')
    const off = cli(ws, '--eksctl-version', '0.190.0', '--karpenter-version', '1.0.11', '--ignore-rules', 'karpenter')
    expect(off.stdout).not.toContain('rules/karpenter-')
    const bad = cli(ws, '--eksctl-version', '0.190.0', '--karpenter-version', 'latest')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('karpenter-version "latest" is not a Karpenter version')
  })

  it('the action input does the same', () => {
    const ws = workspace({ 'cluster.yaml': guide })
    const run = runActionSync({
      workspace: ws,
      inputs: { config: 'cluster.yaml', 'eksctl-version': '0.190.0', 'karpenter-version': '1.0.11', envsubst: 'true' },
      env: { PATH: pathWithoutEksctl(), ...guideEnv }
    })
    expect(run.stdout).toMatch(
      /::warning title=eksctl-preflight \[rules\/karpenter-eksctl-minimum\],file=cluster\.yaml,line=\d+,.*::the Karpenter 1\.0\.11 getting-started guide needs eksctl >= v0\.191\.0/
    )
  })
})

it.skipIf(!hasShared)('the v1.0 guide config above is verbatim from ../shared/reference/karpenter.md', () => {
  const md = readFileSync(path.join(sharedDir, 'reference/karpenter.md'), 'utf8')
  const from = md.indexOf('#### (b) v1.0')
  const start = md.indexOf('```yaml\n', from) + '```yaml\n'.length
  expect(md.slice(start, md.indexOf('```', start))).toBe(guideV1)
})
