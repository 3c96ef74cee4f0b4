// Addon rules, including eksctl's own `karpenter:` installer section.
import semver from 'semver'
import { parse as parseYaml } from 'yaml'
import { asArray, asObject, asString, goQuote, isFalsy, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'

/** Lowest Karpenter version eksctl's `karpenter:` installer accepts (`supportedKarpenterVersion`). */
export const EKSCTL_MIN_KARPENTER = 'v0.20.0'

function validConfigurationValues(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    try {
      const v: unknown = parseYaml(text)
      return v !== null && typeof v === 'object'
    } catch {
      return false
    }
  }
}

export const addonRules: RuleDefinition[] = [
  {
    id: 'addon-fields',
    group: 'addons',
    summary: 'Each addon has a `name`; `configurationValues` (0.124.0+) is JSON or YAML.',
    since: '0.33.0',
    severity: 'error',
    eksctlMessages: [
      'invalid configuration for %q addon: %s',
      'name is required',
      'configurationValues: %q is not valid, supported format(s) are: JSON and YAML'
    ],
    example: 'addons: [{version: latest}]',
    check(ctx) {
      asArray(ctx.data.addons).forEach((item, i) => {
        const addon = asObject(item) ?? {}
        const path = pointer('addons', i)
        const name = asString(addon.name) ?? ''
        if (!name) {
          ctx.report(
            path,
            `invalid configuration for ${goQuote(name)} addon: name is required`,
            'set the addon `name`.'
          )
          return
        }
        const cv = asString(addon.configurationValues)
        if (
          cv &&
          ctx.atLeast('0.124.0') &&
          !ctx.isPlaceholder(`${path}/configurationValues`) &&
          !validConfigurationValues(cv)
        ) {
          ctx.report(
            `${path}/configurationValues`,
            `invalid configuration for ${goQuote(name)} addon: configurationValues: ${goQuote(cv)} is not valid, supported format(s) are: JSON and YAML`,
            'write the values as a JSON object or a YAML mapping (a block scalar `|` keeps YAML readable).'
          )
        }
      })
    }
  },
  {
    id: 'karpenter-version',
    group: 'addons',
    summary: "eksctl's `karpenter:` installer has a `version`, at least v0.20.0 (minimum enforced from 0.137.0).",
    since: '0.80.0',
    severity: 'error',
    eksctlMessages: [
      'failed to validate Karpenter config: %w',
      'version field is required if installing Karpenter is enabled',
      'minimum supported version is %s',
      'failed to parse Karpenter version %q: %w'
    ],
    example: 'karpenter: {createServiceAccount: true}',
    check(ctx) {
      const k = asObject(ctx.data.karpenter)
      if (!k) return
      const version = asString(k.version)
      if (!version) {
        ctx.report(
          '/karpenter',
          'failed to validate Karpenter config: version field is required if installing Karpenter is enabled',
          "pin the Karpenter chart version, e.g. `karpenter.version: 'v0.20.0'`.",
          { part: 'key' }
        )
        return
      }
      if (ctx.isPlaceholder('/karpenter/version')) return
      // hashicorp/go-version's NewVersion grammar (0.110.0+ parses the version before comparing).
      if (ctx.atLeast('0.110.0') && !/^v?\d+(\.\d+)*(-?[0-9A-Za-z~.-]+)?(\+[0-9A-Za-z~.-]+)?$/.test(version.trim())) {
        ctx.report(
          '/karpenter/version',
          `failed to validate Karpenter config: failed to parse Karpenter version ${goQuote(version)}: Malformed version: ${version}`,
          "use a release number such as `'1.0.6'` (not a tag name like `latest`)."
        )
        return
      }
      if (!ctx.atLeast('0.137.0')) return
      const v = semver.coerce(version)
      if (v && semver.lt(v, EKSCTL_MIN_KARPENTER)) {
        ctx.report(
          '/karpenter/version',
          `failed to validate Karpenter config: minimum supported version is ${EKSCTL_MIN_KARPENTER}`,
          `use Karpenter ${EKSCTL_MIN_KARPENTER} or later.`
        )
      }
    }
  },
  {
    id: 'karpenter-needs-oidc',
    group: 'addons',
    summary: "eksctl's `karpenter:` installer needs `iam.withOIDC: true`.",
    since: '0.80.0',
    severity: 'error',
    eksctlMessages: ['failed to validate Karpenter config: %w', 'iam.withOIDC must be enabled with Karpenter'],
    example: "karpenter: {version: 'v0.20.0'}  # no iam.withOIDC",
    check(ctx) {
      if (!asObject(ctx.data.karpenter)) return
      if (isFalsy(asObject(ctx.data.iam)?.withOIDC)) {
        ctx.report(
          '/karpenter',
          'failed to validate Karpenter config: iam.withOIDC must be enabled with Karpenter',
          'add `iam.withOIDC: true`; eksctl gives the Karpenter controller an IRSA role.',
          { part: 'key' }
        )
      }
    }
  }
]
