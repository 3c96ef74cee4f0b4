// Regression corpus from eksctl's history: every version of eksctl's examples/*.yaml, validated at the first release
// that shipped it (fixtures/eksctl-examples-history.json, extracted by scripts/build-examples-history.ts). A valid
// file that eksctl accepts must get no error; the few errors that eksctl at that release really gives are listed
// below, each with the line of eksctl's source at that tag that raises it.
import { describe, expect, it } from 'vitest'
import { errorsOfHistory, itemKey, readHistory } from './support/examples-history.js'

/** `<example>@<first release>` → the errors eksctl-preflight gives, and why eksctl at that release gives them too. */
const realErrors: Record<string, { errors: string[]; evidence: string }> = {
  '23-kubeflow-spot-instance.yaml@0.37.0': {
    errors: ['rules/kubernetes-version-supported@25'],
    evidence: "pins '1.14': DeprecatedVersions() lists it, pkg/apis/eksctl.io/v1alpha5/types.go:370 at 0.37.0"
  },
  '23-kubeflow-spot-instance.yaml@0.105.0': {
    errors: ['rules/kubernetes-version-supported@25'],
    evidence: "pins '1.14': DeprecatedVersions(), pkg/apis/eksctl.io/v1alpha5/types.go:460 at 0.105.0"
  },
  '23-kubeflow-spot-instance.yaml@0.109.0': {
    errors: ['rules/kubernetes-version-supported@25'],
    evidence: "pins '1.14': DeprecatedVersions(), pkg/apis/eksctl.io/v1alpha5/types.go:475 at 0.109.0"
  },
  '25-addons.yaml@0.135.0': {
    errors: ['rules/kubernetes-version-supported@6'],
    evidence: 'pins "1.18": DeprecatedVersions(), pkg/apis/eksctl.io/v1alpha5/types.go:526 at 0.135.0'
  },
  '31-override-bootstrap-command-unmanaged-nodegroup.yaml@0.142.0': {
    errors: ['rules/kubernetes-version-supported@7'],
    evidence: "pins '1.21': DeprecatedVersions(), pkg/apis/eksctl.io/v1alpha5/types.go:531 at 0.142.0"
  },
  '23-kubeflow-spot-instance.yaml@0.205.0': {
    errors: ['rules/kubernetes-version-supported@25'],
    evidence:
      "pins '1.14', which EKS no longer reports as supported: ClusterVersionsManager.ValidateVersion, pkg/eks/versions_manager.go:114 at 0.205.0"
  },
  '30-vpc-with-ip-family.yaml@0.209.0': {
    errors: ['rules/kubernetes-version-supported@9'],
    evidence: 'pins "1.21": ClusterVersionsManager.ValidateVersion, pkg/eks/versions_manager.go:114 at 0.209.0'
  },
  '29-cluster-with-karpenter.yaml@0.80.0': {
    errors: ['rules/karpenter-needs-oidc@9'],
    evidence:
      'karpenter without iam.withOIDC: "iam.withOIDC must be enabled with Karpenter", pkg/apis/eksctl.io/v1alpha5/validation.go:150 at 0.80.0'
  },
  '23-kubeflow-spot-instance.yaml@0.29.0': {
    errors: ['rules/volume-settings-need-size@63'],
    evidence:
      'ng-2: volumeType gp2 without volumeSize, checked (ValidateNodeGroup → validateNodeGroupBase) before defaulting: errCantSet("volumeType"), pkg/apis/eksctl.io/v1alpha5/validation.go:179 at 0.29.0'
  },
  '35-outposts.yaml@0.112.0': {
    errors: ['rules/outposts-cluster@10'],
    evidence:
      'Outposts control plane without metadata.version: ValidateClusterVersion, pkg/apis/eksctl.io/v1alpha5/validation.go:222 at 0.112.0 (called from pkg/ctl/create/cluster.go:160)'
  },
  '36-outposts-vpc.yaml@0.112.0': {
    errors: ['rules/outposts-cluster@6'],
    evidence:
      'Outposts control plane without metadata.version: ValidateClusterVersion, pkg/apis/eksctl.io/v1alpha5/validation.go:222 at 0.112.0 (called from pkg/ctl/create/cluster.go:160)'
  },
  '05-advanced-nodegroups.yaml@0.143.0': {
    errors: ['rules/custom-ami-settings@17'],
    evidence:
      'ng1-public: custom ami, no overrideBootstrapCommand, not Bottlerocket/Windows: pkg/apis/eksctl.io/v1alpha5/validation.go:775 at 0.143.0'
  }
}

describe('eksctl examples, every version at the release that first shipped it', async () => {
  const history = readHistory()
  const errors = await errorsOfHistory(history)

  it('covers the history of examples/ (one entry per file version)', () => {
    expect(history.length).toBeGreaterThanOrEqual(100)
    expect(new Set(history.map(itemKey)).size).toBe(history.length)
    const files = new Set(history.map((v) => v.path))
    expect(files.size).toBeGreaterThanOrEqual(40)
    // each version's release is one this project knows
    for (const v of history) expect(v.release).toMatch(/^0\.\d+\.\d+$/)
  })

  it('gives no error that eksctl at that release would not give (the real ones are listed with evidence)', () => {
    const got: Record<string, string[]> = {}
    for (const [key, list] of errors) if (list.length > 0) got[key] = list
    const want = Object.fromEntries(Object.entries(realErrors).map(([k, v]) => [k, v.errors]))
    expect(got).toEqual(want)
    for (const v of Object.values(realErrors)) expect(v.evidence).toMatch(/\.go:\d+ at 0\.\d+\.\d+/)
  })
})
