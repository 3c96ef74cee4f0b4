// Real configs: eksctl's own examples (v0.230.0) and the ClusterConfigs of Karpenter's getting-started guide.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Finding } from '../src/report/finding.js'
import { listRules, runRules } from '../src/rules/index.js'
import { loadDoc } from './rules-helpers.js'
import { sharedDir } from './support/paths.js'

const examplesDir = path.join(sharedDir, 'eksctl-examples')
const karpenterRef = path.join(sharedDir, 'reference/karpenter.md')
const RELEASE = '0.230.0'

const errorsOf = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'error' && !f.suppressed).map((f) => `${f.ruleId}@${f.line}`)

/**
 * Examples that `eksctl create cluster` at 0.230.0 really rejects, with the rule errors we expect and why. Every
 * other example must give no rule error.
 */
const invalidForCreate: Record<string, { errors: string[]; reason: string }> = {
  '05-advanced-nodegroups.yaml': {
    errors: ['rules/custom-ami-settings@17', 'rules/amazonlinux2-kubernetes-version@18'],
    reason:
      'ng1-public: a custom AL2 AMI without overrideBootstrapCommand, and AmazonLinux2 with no metadata.version (0.230.0 defaults to 1.34 ≥ 1.33)'
  },
  '23-kubeflow-spot-instance.yaml': {
    errors: ['rules/kubernetes-version-supported@25'],
    reason: 'pins Kubernetes 1.14'
  },
  '25-addons.yaml': { errors: ['rules/kubernetes-version-supported@6'], reason: 'pins Kubernetes 1.18' },
  '29-cluster-with-karpenter.yaml': {
    errors: ['rules/kubernetes-version-supported@7'],
    reason: 'pins Kubernetes 1.22'
  },
  '30-vpc-with-ip-family.yaml': { errors: ['rules/kubernetes-version-supported@9'], reason: 'pins Kubernetes 1.21' },
  '31-override-bootstrap-command-unmanaged-nodegroup.yaml': {
    errors: ['rules/kubernetes-version-supported@7'],
    reason: 'pins Kubernetes 1.21'
  },
  '37-outposts-fully-private.yaml': {
    errors: ['rules/kubernetes-version-supported@13'],
    reason: 'pins Kubernetes 1.21'
  },
  '40-access-entries.yaml': {
    errors: ['rules/kubernetes-version-supported@9'],
    reason: 'pins Kubernetes 1.29, whose EKS extended support ended 2026-03-23 (approximate check from 0.202.0)'
  }
  // 15-managed-nodes.yaml and 22-managed-nodes-launch-template.yaml pin AmazonLinux2 on managed nodegroups with a
  // custom `ami`: SetManagedNodeGroupDefaults refuses AL2 on Kubernetes ≥ 1.33 only when no custom AMI is set.
  // 35-outposts.yaml and 37-outposts-fully-private.yaml get a warning (not an error): they are meant for
  // `create cluster --without-nodegroup`, which the file cannot say.
  // 38-cluster-subnets-sgs.yaml is for `eksctl utils update-cluster-vpc-config`; no create-time rule fires on it.
}

describe.skipIf(!existsSync(examplesDir))(`eksctl examples at ${RELEASE} (needs ../shared/eksctl-examples)`, () => {
  const files = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')) : []

  it('finds all 48 examples', () => expect(files).toHaveLength(48))

  it.each(files)('%s', async (file) => {
    const doc = await loadDoc(path.join(examplesDir, file))
    const errors = errorsOf(runRules(doc, RELEASE))
    expect(errors, invalidForCreate[file]?.reason).toEqual(invalidForCreate[file]?.errors ?? [])
  })
})

/** The three guide configs of reference/karpenter.md §5.2, in order: v0.27, v1.0, latest. */
function guideConfigs(): string[] {
  const text = readFileSync(karpenterRef, 'utf8')
  const section = text.slice(text.indexOf('### 5.2'), text.indexOf('## 6.'))
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

const guides = [
  { name: 'v0.27', karpenter: 'v0.27.6', k8s: '1.24', release: '0.150.0' },
  { name: 'v1.0', karpenter: '1.0.11', k8s: '1.32', release: RELEASE },
  { name: 'latest', karpenter: '1.14.1', k8s: '1.35', release: RELEASE }
] as const

const env = (k8s: string) => ({
  CLUSTER_NAME: 'demo',
  AWS_DEFAULT_REGION: 'us-west-2',
  AWS_ACCOUNT_ID: '111122223333',
  AWS_PARTITION: 'aws',
  K8S_VERSION: k8s,
  KARPENTER_NAMESPACE: 'kube-system',
  ENABLE_ZONAL_SHIFT: 'true'
})

describe.skipIf(!existsSync(karpenterRef))('Karpenter getting-started configs (needs ../shared/reference)', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rules-karpenter-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))
  const karpenterOnly = {
    enable: ['karpenter'],
    disable: listRules()
      .map((r) => r.group)
      .filter((g) => g !== 'karpenter')
  }

  async function guideDoc(index: number, edit: (text: string) => string = (t) => t) {
    const g = guides[index]!
    const file = path.join(tmp, `${g.name}-${Math.random().toString(36).slice(2)}.yaml`)
    const text = edit(guideConfigs()[index]!)
    writeFileSync(file, text)
    return loadDoc(file, { envsubst: true, env: env(g.k8s) })
  }

  it('extracts three configs', () => expect(guideConfigs()).toHaveLength(3))

  describe.each(guides.map((g, i) => [g.name, i, g] as const))('%s guide', (_name, index, g) => {
    it('passes the karpenter group and every default rule', async () => {
      const doc = await guideDoc(index)
      const findings = runRules(doc, g.release, { enable: ['karpenter'], karpenterVersion: g.karpenter })
      expect(findings.filter((f) => f.severity !== 'notice')).toEqual([])
    })

    it('gives one finding without the node-role mapping', async () => {
      const doc = await guideDoc(index, (t) => t.replace(/iamIdentityMappings:[\s\S]*?\n\n/, ''))
      for (const sel of [karpenterOnly, { enable: ['karpenter'] }]) {
        const findings = runRules(doc, g.release, { ...sel, karpenterVersion: g.karpenter })
        expect(findings.filter((f) => f.severity !== 'notice').map((f) => f.ruleId)).toEqual([
          'rules/karpenter-node-role-mapping'
        ])
      }
    })

    it('gives one finding without the discovery tag', async () => {
      const doc = await guideDoc(index, (t) => t.replace(/\n {2}tags:\n {4}karpenter\.sh\/discovery: .*/, ''))
      const findings = runRules(doc, g.release, { enable: ['karpenter'], karpenterVersion: g.karpenter })
      expect(findings.filter((f) => f.severity !== 'notice')).toMatchObject([
        { ruleId: 'rules/karpenter-discovery-tag', line: 4 }
      ])
    })

    it.skipIf(index === 0)('gives one finding without the eks-pod-identity-agent addon', async () => {
      const doc = await guideDoc(index, (t) => t.replace(/\naddons:\n- name: eks-pod-identity-agent\n/, '\n'))
      const all = runRules(doc, g.release, { enable: ['karpenter'], karpenterVersion: g.karpenter })
      expect(all.filter((f) => f.severity !== 'notice').map((f) => f.ruleId)).toEqual([
        'rules/pod-identity-agent-addon'
      ])
      const only = runRules(doc, g.release, { ...karpenterOnly, karpenterVersion: g.karpenter })
      expect(only.map((f) => f.ruleId)).toEqual(['rules/karpenter-controller-identity'])
      expect(only[0]!.message).toContain('the "eks-pod-identity-agent" addon must be installed')
    })

    it.skipIf(index === 0)('flags an eksctl below the guide minimum', async () => {
      const doc = await guideDoc(index)
      const findings = runRules(doc, '0.190.0', { ...karpenterOnly, karpenterVersion: g.karpenter })
      expect(findings).toMatchObject([{ ruleId: 'rules/karpenter-eksctl-minimum', severity: 'warning' }])
      expect(findings[0]!.message).toMatch(/needs eksctl >= v0\.(191|202)\.0/)
    })
  })

  it('gives one finding when the v0.27 IRSA service account is removed', async () => {
    const doc = await guideDoc(0, (t) => t.replace(/ {2}serviceAccounts:[\s\S]*?roleOnly: true\n/, ''))
    const findings = runRules(doc, '0.150.0', { enable: ['karpenter'], karpenterVersion: 'v0.27.6' })
    expect(findings.map((f) => f.ruleId)).toEqual(['rules/karpenter-controller-identity'])
  })
})
