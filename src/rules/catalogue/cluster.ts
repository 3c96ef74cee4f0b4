// Cluster-level rules: metadata, Kubernetes version, encryption, IP family, Auto Mode, upgrade policy, identity
// providers, GitOps.
import { asArray, asObject, asString, goQuote, isSet, isTrue, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'
import {
  eksFactsAsOf,
  firstReleaseDropping,
  firstReleaseSupporting,
  minor,
  versionLess
} from '../data/kubernetes-versions.js'

/** IPv6 without credentials for vpc-cni: the OIDC-only check (newest wording first), then pod identity or OIDC. */
const IPV6_OIDC = [
  'oidc needs to be enabled if IPv6 is set; either set it or use EKS Auto Mode',
  'oidc needs to be enabled if IPv6 is set'
]
const IPV6_CREDENTIALS =
  'either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode'
const EKS_VERSIONS_URL = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html'
const AUTO_MODE_NODEGROUPS =
  'creation of managed or self-managed nodegroups is not supported during cluster creation when Auto Mode is enabled; please create them post cluster creation using `eksctl create nodegroup` after creating core networking addons in the cluster'

/** aws-sdk-go `arn.Parse` error, or null when the ARN parses. */
export function arnParseError(value: string): string | null {
  if (!value.startsWith('arn:')) return 'arn: invalid prefix'
  if (value.split(':').length < 6) return 'arn: not enough sections'
  return null
}

export const clusterRules: RuleDefinition[] = [
  {
    id: 'metadata-required',
    group: 'metadata',
    summary: '`metadata`, `metadata.name` and `metadata.region` are set.',
    severity: 'error',
    // ErrMustBeSet(…) in the config loader (pkg/ctl/cmdutils)
    eksctlMessages: ['%s must be set'],
    eksctlParts: ['metadata', 'metadata.name', 'metadata.region'],
    example: 'metadata: {name: demo}  # no region',
    check(ctx) {
      const meta = asObject(ctx.data.metadata)
      if (!meta) {
        ctx.report('', 'metadata must be set', 'add a `metadata:` block with `name` and `region`.')
        return
      }
      if (!isSet(meta.name)) {
        ctx.report('/metadata', 'metadata.name must be set', 'give the cluster a name under `metadata.name`.', {
          part: 'key'
        })
      }
      if (!isSet(meta.region)) {
        ctx.report(
          '/metadata',
          'metadata.region must be set',
          'set the AWS region, e.g. `metadata.region: us-west-2`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'cluster-name-format',
    group: 'metadata',
    summary:
      'The cluster name uses only letters, digits and `-` (eksctl checks `[^a-zA-Z0-9-]`, no leading-letter rule).',
    severity: 'error',
    eksctlMessages: ['validation for %s failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*'],
    example: 'metadata: {name: my_cluster}',
    check(ctx) {
      const name = asString(asObject(ctx.data.metadata)?.name)
      if (!name || ctx.isPlaceholder('/metadata/name')) return
      // eksctl's IsInvalidNameArg: any character outside [a-zA-Z0-9-]; the pattern it prints is stricter than the test.
      if (/[^a-zA-Z0-9-]/.test(name)) {
        ctx.report(
          '/metadata/name',
          `validation for ${name} failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
          'use letters, digits and hyphens only (CloudFormation stack names are derived from it).'
        )
      }
    }
  },
  {
    id: 'kubernetes-version-supported',
    group: 'cluster',
    summary:
      '`metadata.version` is a Kubernetes version the release can create (static lists up to 0.201.0; from 0.202.0 EKS decides at run time, checked approximately).',
    severity: 'error',
    eksctlMessages: [
      'invalid version, supported values: %s',
      'invalid version, %s is no longer supported, supported values: %s\nsee also: ' + EKS_VERSIONS_URL
    ],
    example: 'metadata: {version: "1.22"}',
    check(ctx) {
      const path = '/metadata/version'
      if (ctx.isPlaceholder(path)) return
      const { written, facts } = ctx.kubernetesVersion()
      if (written === undefined) return
      const raw = asObject(ctx.data.metadata)?.version
      if (typeof raw !== 'string') return // a number: the schema/type check reports it
      const value = raw.trim()
      if (value === 'auto' || value === 'latest') return
      const list = facts.supported.join(', ')
      const approx = facts.approximate
        ? ` (per the EKS version calendar of ${eksFactsAsOf}: eksctl ${ctx.release} asks EKS for the supported versions when it runs, so the list may differ on a later day)`
        : ''
      const since = firstReleaseSupporting(value)
      if (facts.supported.includes(value) || (!facts.approximate && value === facts.defaultVersion)) {
        if (facts.approximate) {
          ctx.report(
            path,
            `Kubernetes ${value} is offered by EKS per the EKS version calendar of ${eksFactsAsOf}`,
            `eksctl ${ctx.release} asks EKS for the supported versions when it runs; on a later day the answer may differ.`,
            { severity: 'notice' }
          )
        }
        return
      }
      // The first release that no longer accepts it: the upper end of the window of releases that do.
      const dropped = firstReleaseDropping(value)
      if (facts.deprecated.includes(value)) {
        ctx.report(
          path,
          `invalid version, ${value} is no longer supported, supported values: ${list}\nsee also: ${EKS_VERSIONS_URL}`,
          `pick one of ${list}${approx}; a cluster on an old version is created by an older eksctl only if EKS still offers it.`,
          dropped ? { until: dropped } : {}
        )
        return
      }
      const newer = minor(value) !== null && versionLess(facts.latest, value)
      ctx.report(
        path,
        `invalid version, supported values: ${list}`,
        newer && since
          ? `Kubernetes ${value} needs eksctl ≥ ${since}; upgrade eksctl or pick one of ${list}${approx}.`
          : `pick one of ${list}, or \`auto\`/\`latest\`${approx}.`,
        {
          severity: facts.approximate && newer ? 'warning' : 'error',
          ...(newer && since ? { since } : {}),
          ...(!newer && dropped ? { until: dropped } : {})
        }
      )
    }
  },
  {
    id: 'secrets-encryption-key-arn',
    group: 'cluster',
    summary: '`secretsEncryption` has a `keyARN` that parses as an ARN.',
    severity: 'error',
    eksctlMessages: [
      'field secretsEncryption.keyARN is required for enabling secrets encryption',
      'invalid ARN in secretsEncryption.keyARN: %q: %w',
      // errors.Wrapf(err, …) before 0.195.0: the same text
      'invalid ARN in secretsEncryption.keyARN: %q'
    ],
    example: 'secretsEncryption: {keyARN: ""}',
    check(ctx) {
      if (!('secretsEncryption' in ctx.data) || ctx.data.secretsEncryption === null) return
      const enc = asObject(ctx.data.secretsEncryption) ?? {}
      const key = asString(enc.keyARN)
      if (!key) {
        ctx.report(
          '/secretsEncryption',
          'field secretsEncryption.keyARN is required for enabling secrets encryption',
          'set `secretsEncryption.keyARN` to the ARN of a KMS key, or remove `secretsEncryption`.',
          { part: 'key' }
        )
        return
      }
      if (ctx.isPlaceholder('/secretsEncryption/keyARN')) return
      const err = arnParseError(key)
      if (err) {
        ctx.report(
          '/secretsEncryption/keyARN',
          `invalid ARN in secretsEncryption.keyARN: ${goQuote(key)}: ${err}`,
          'use the full key ARN, `arn:aws:kms:<region>:<account>:key/<key-id>`.'
        )
      }
    }
  },
  {
    id: 'upgrade-policy-support-type',
    group: 'cluster',
    summary: '`upgradePolicy.supportType` is `STANDARD` or `EXTENDED`.',
    severity: 'error',
    eksctlMessages: [
      'upgradePolicy.supportType must be either %q or %q',
      'upgradePolicy.supportType contains invalid control characters'
    ],
    example: 'upgradePolicy: {supportType: standard}',
    check(ctx) {
      const policy = asObject(ctx.data.upgradePolicy)
      if (!policy || !isSet(policy.supportType) || ctx.isPlaceholder('/upgradePolicy/supportType')) return
      const st = String(policy.supportType)
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(st)) {
        ctx.report(
          '/upgradePolicy/supportType',
          'upgradePolicy.supportType contains invalid control characters',
          'write `STANDARD` or `EXTENDED` without control characters.'
        )
        return
      }
      if (policy.supportType !== 'STANDARD' && policy.supportType !== 'EXTENDED') {
        ctx.report(
          '/upgradePolicy/supportType',
          'upgradePolicy.supportType must be either "STANDARD" or "EXTENDED"',
          'write `STANDARD` or `EXTENDED` in capitals.'
        )
      }
    }
  },
  {
    id: 'ip-family',
    group: 'cluster',
    summary:
      '`kubernetesNetworkConfig.ipFamily` is IPv4 or IPv6; IPv6 needs the core addons of the release, OIDC or pod identity, vpc-cni ≥ 1.10.0, Kubernetes ≥ 1.21 and no NAT; `vpc.extraIPv6CIDRs` needs IPv6.',
    severity: 'error',
    eksctlMessages: [
      'invalid value %q for ipFamily; allowed are %s and %s',
      'the default core addons must be defined for IPv6; missing addon(s): %s',
      'the default core addons must be defined for IPv6; missing addon(s): %s; either define them or use EKS Auto Mode',
      ...IPV6_OIDC,
      IPV6_CREDENTIALS,
      'Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon',
      '%s version must be at least version %s for IPv6',
      // 0.79.0 only: the same text
      'vpc-cni version must be at least version %s for IPv6',
      'the vpc-cni addon must be defined for IPv6; either define it or use EKS Auto Mode',
      'cluster version must be >= %s',
      'setting NAT is not supported with IPv6',
      'cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster'
    ],
    example: 'kubernetesNetworkConfig: {ipFamily: IPv6}  # no addons',
    check(ctx) {
      const net = asObject(ctx.data.kubernetesNetworkConfig)
      const family = asString(net?.ipFamily)
      const vpc = asObject(ctx.data.vpc)
      const familyPath = '/kubernetesNetworkConfig/ipFamily'
      if (family && !ctx.isPlaceholder(familyPath) && !['ipv4', 'ipv6', ''].includes(family.toLowerCase())) {
        ctx.report(
          familyPath,
          `invalid value ${goQuote(family)} for ipFamily; allowed are IPv4 and IPv6`,
          'use `IPv4` (the default) or `IPv6`.'
        )
        return
      }
      const ipv6 = family?.toLowerCase() === 'ipv6'
      if (!ipv6) {
        if (vpc && asArray(vpc.extraIPv6CIDRs).length > 0) {
          ctx.report(
            '/vpc/extraIPv6CIDRs',
            'cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster',
            'remove `vpc.extraIPv6CIDRs` or set `kubernetesNetworkConfig.ipFamily: IPv6`.'
          )
        }
        return
      }
      // Auto Mode exempts the addon and credential checks (where eksctl's IPv6 branch tests IsAutoModeEnabled).
      const autoMode = ctx.marker('ipv6AddonChecksExemptAutoMode') && isTrue(asObject(ctx.data.autoModeConfig)?.enabled)
      const addonList = asArray(ctx.data.addons).map((a) => asObject(a) ?? {})
      const names = new Set(addonList.map((a) => (asString(a.name) ?? '').toLowerCase()))
      const required = ctx.marker('ipv6RequiresOnlyCoreDNS') ? ['coredns'] : ['vpc-cni', 'coredns', 'kube-proxy']
      const missing = required.filter((n) => !names.has(n))
      const withOIDC = isTrue(asObject(ctx.data.iam)?.withOIDC)
      const addonsPath = 'addons' in ctx.data ? '/addons' : familyPath
      const addonsPart = 'addons' in ctx.data ? ({ part: 'key' } as const) : {}
      if (!autoMode) {
        if (missing.length > 0) {
          const text = ctx.has(
            'the default core addons must be defined for IPv6; missing addon(s): %s; either define them or use EKS Auto Mode'
          )
            ? `the default core addons must be defined for IPv6; missing addon(s): ${missing.join(', ')}; either define them or use EKS Auto Mode`
            : `the default core addons must be defined for IPv6; missing addon(s): ${missing.join(', ')}`
          ctx.report(familyPath, text, `add ${missing.map((m) => `\`- name: ${m}\``).join(', ')} under \`addons\`.`)
        } else if (ctx.has(IPV6_CREDENTIALS)) {
          const vpcCni = addonList.find((a) => asString(a.name) === 'vpc-cni')
          const agent = names.has('eks-pod-identity-agent')
          if ((vpcCni || !ctx.marker('ipv6CredentialChecksNeedVpcCni')) && !agent && !withOIDC) {
            ctx.report(
              addonsPath,
              IPV6_CREDENTIALS,
              'add the `eks-pod-identity-agent` addon or set `iam.withOIDC: true`: the vpc-cni addon needs AWS credentials.',
              addonsPart
            )
          } else if (
            !vpcCni &&
            agent &&
            !isTrue(asObject(ctx.data.addonsConfig)?.autoApplyPodIdentityAssociations) &&
            ctx.has('the vpc-cni addon must be defined for IPv6; either define it or use EKS Auto Mode')
          ) {
            // the core-addon check above ignores case, this lookup does not (0.207.0–0.229.0)
            ctx.report(
              addonsPath,
              'the vpc-cni addon must be defined for IPv6; either define it or use EKS Auto Mode',
              'name the addon `vpc-cni` in lower case.',
              addonsPart
            )
          } else if (vpcCni && agent && !isTrue(asObject(ctx.data.addonsConfig)?.autoApplyPodIdentityAssociations)) {
            const pias = asArray(vpcCni.podIdentityAssociations)
            if (!isTrue(vpcCni.useDefaultPodIdentityAssociations) && pias.length === 0) {
              ctx.report(
                addonsPath,
                'Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon',
                'with the pod identity agent, give the vpc-cni addon its role: `useDefaultPodIdentityAssociations: true` is the shortest.',
                addonsPart
              )
            }
          }
        }
      }
      const oidcText = ctx.wording(...IPV6_OIDC)
      if (oidcText && !withOIDC && !autoMode) ctx.report(familyPath, oidcText, 'set `iam.withOIDC: true`.')
      addonList.forEach((a, i) => {
        const v = asString(a.version)
        if (asString(a.name) !== 'vpc-cni' || !v || v === 'latest') return
        const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v)
        if (!m || ctx.isPlaceholder(pointer('addons', i, 'version'))) return
        const [maj, min] = [Number(m[1]), Number(m[2])]
        if (maj < 1 || (maj === 1 && min < 10)) {
          ctx.report(
            pointer('addons', i, 'version'),
            'vpc-cni version must be at least version 1.10.0 for IPv6',
            'use vpc-cni 1.10.0 or later (or `latest`).'
          )
        }
      })
      const { version } = ctx.kubernetesVersion()
      if (version && versionLess(version, '1.21')) {
        ctx.report(
          '/metadata/version',
          'cluster version must be >= 1.21',
          'IPv6 clusters need Kubernetes 1.21 or later.'
        )
      }
      if (vpc && isSet(vpc.nat)) {
        ctx.report('/vpc/nat', 'setting NAT is not supported with IPv6', 'remove `vpc.nat` for an IPv6 cluster.')
      }
    }
  },
  {
    id: 'auto-mode-nodegroups',
    group: 'cluster',
    summary: 'With `autoModeConfig.enabled`, `create cluster` takes no `nodeGroups` or `managedNodeGroups`.',
    severity: 'error',
    eksctlMessages: [AUTO_MODE_NODEGROUPS],
    example: 'autoModeConfig: {enabled: true}\nmanagedNodeGroups: [{name: ng}]',
    check(ctx) {
      if (!isTrue(asObject(ctx.data.autoModeConfig)?.enabled)) return
      for (const key of ['nodeGroups', 'managedNodeGroups'] as const) {
        if (asArray(ctx.data[key]).length > 0) {
          ctx.report(
            pointer(key),
            AUTO_MODE_NODEGROUPS,
            `remove \`${key}\` from this file (create them afterwards with \`eksctl create nodegroup\`) or disable Auto Mode.`,
            { part: 'key' }
          )
        }
      }
    }
  },
  {
    id: 'identity-provider-fields',
    group: 'cluster',
    summary: 'Each `identityProviders[]` entry has `name`, `clientID` and `issuerURL`.',
    severity: 'error',
    // errors.Wrapf(err, "identityProviders[%d] is invalid") before 0.195.0: the same text
    eksctlMessages: ['identityProviders[%d] is invalid: %w', 'identityProviders[%d] is invalid'],
    eksctlParts: ['%s must be set and non-empty'],
    example: 'identityProviders: [{type: oidc, issuerURL: https://x}]',
    check(ctx) {
      asArray(ctx.data.identityProviders).forEach((entry, i) => {
        const idp = asObject(entry) ?? {}
        for (const field of ['name', 'clientID', 'issuerURL']) {
          if (!isSet(idp[field])) {
            ctx.report(
              pointer('identityProviders', i),
              `identityProviders[${i}] is invalid: ${field} must be set and non-empty`,
              `set \`${field}\` on this identity provider.`
            )
            return
          }
        }
      })
    }
  },
  {
    id: 'gitops-flux-fields',
    group: 'cluster',
    summary: '`gitops.flux` has `gitProvider`, and `owner` and `repo` (0.38.0–0.52.0) or `flags` (later).',
    severity: 'error',
    // ErrMustBeSet(…) in the config loader, first missing field only; each field counts from the release that checks it
    eksctlMessages: ['%s must be set'],
    eksctlParts: ['gitops.flux.gitProvider', 'gitops.flux.owner', 'gitops.flux.repo', 'gitops.flux.flags'],
    example: 'gitops: {flux: {flags: {owner: me}}}',
    check(ctx) {
      const flux = asObject(asObject(ctx.data.gitops)?.flux)
      if (!flux) return
      const flags = asObject(flux.flags)
      const missing: [string, boolean, string][] = [
        ['gitProvider', !isSet(flux.gitProvider), 'set `gitProvider: github` or `gitlab`.'],
        ['owner', !isSet(flux.owner), 'set the `owner` of the Flux repository.'],
        ['repo', !isSet(flux.repository), 'set `repository`, the name of the Flux repository.'],
        ['flags', !flags || Object.keys(flags).length === 0, 'pass the `flux bootstrap` arguments under `flags`.']
      ]
      for (const [field, absent, fix] of missing) {
        if (!absent || !ctx.has(`gitops.flux.${field}`)) continue
        ctx.report('/gitops/flux', `gitops.flux.${field} must be set`, fix, { part: 'key' })
        return
      }
    }
  }
]
