// Addon rules, including eksctl's own `karpenter:` installer section.
import semver from 'semver'
import { parse as parseYaml } from 'yaml'
import { asArray, asObject, asString, goQuote, goSprintf, isFalsy, pointer, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { constantAt } from '../inventory/index.js'

/** `supportedKarpenterVersion` in eksctl's source at a release (from the inventory): the highest Karpenter version
 * eksctl's `karpenter:` installer accepts before 0.118.0, the lowest from 0.118.0 (v0.17.0 in 0.118.0–0.137.0,
 * v0.20.0 after). */
export function eksctlMinKarpenter(release: string): string | undefined {
  return constantAt('supportedKarpenterVersion', release)
}

/** How ValidateClusterConfig wraps the Karpenter validator's errors, per era (newest first). */
const KARPENTER_CONFIG = ['failed to validate Karpenter config: %w', 'failed to validate karpenter config: %w']

function karpenterConfigError(ctx: RuleContext, inner: string): string {
  return goSprintf(ctx.wording(...KARPENTER_CONFIG) ?? KARPENTER_CONFIG[0]!, inner)
}

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
    summary:
      'Each addon has a `name`, and `configurationValues` is JSON or YAML (checked on `create cluster` from the release whose loader validates addons).',
    severity: 'error',
    // Addon.Validate() runs on `create cluster` from the release whose loader calls it (with this wrapper)
    eksctlMessages: ['invalid configuration for %q addon: %s'],
    eksctlParts: ['name is required', 'configurationValues: %q is not valid, supported format(s) are: JSON and YAML'],
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
        if (cv && !ctx.isPlaceholder(`${path}/configurationValues`) && !validConfigurationValues(cv)) {
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
    summary:
      "eksctl's `karpenter:` installer has a `version`, at least the minimum its release names (`supportedKarpenterVersion`: v0.17.0, later v0.20.0).",
    severity: 'error',
    eksctlMessages: KARPENTER_CONFIG,
    eksctlParts: [
      'version field is required if installing Karpenter is enabled',
      'minimum supported version is %s',
      'failed to parse Karpenter version %q: %w',
      // before 0.118.0 eksctl had a maximum, not a minimum
      'failed to parse karpenter version %q: %w',
      'failed to validate Karpenter config: maximum supported version is %s',
      'failed to validate karpenter config: maximum supported version is %s'
    ],
    example: 'karpenter: {createServiceAccount: true}',
    check(ctx) {
      const k = asObject(ctx.data.karpenter)
      if (!k) return
      const version = asString(k.version)
      if (!version) {
        ctx.report(
          '/karpenter',
          karpenterConfigError(ctx, 'version field is required if installing Karpenter is enabled'),
          "pin the Karpenter chart version, e.g. `karpenter.version: 'v0.20.0'`.",
          { part: 'key' }
        )
        return
      }
      if (ctx.isPlaceholder('/karpenter/version')) return
      // hashicorp/go-version's NewVersion grammar (0.110.0+ parses the version before comparing).
      const parseText = ctx.wording(
        'failed to parse Karpenter version %q: %w',
        'failed to parse karpenter version %q: %w'
      )
      if (parseText && !/^v?\d+(\.\d+)*(-?[0-9A-Za-z~.-]+)?(\+[0-9A-Za-z~.-]+)?$/.test(version.trim())) {
        ctx.report(
          '/karpenter/version',
          karpenterConfigError(ctx, goSprintf(parseText, version, `Malformed version: ${version}`)),
          "use a release number such as `'1.0.6'` (not a tag name like `latest`)."
        )
        return
      }
      const maxText = ctx.wording(
        'failed to validate Karpenter config: maximum supported version is %s',
        'failed to validate karpenter config: maximum supported version is %s'
      )
      const max = eksctlMinKarpenter(ctx.release)
      if (maxText && max) {
        // 0.88.0–0.109.0 compare the minor number only, 0.110.0–0.117.0 the whole version (go-version)
        const v = semver.coerce(version)
        const limit = semver.coerce(max)
        const over = maxText.startsWith('failed to validate karpenter')
          ? !!v && !!limit && v.minor > limit.minor
          : !!v && !!limit && semver.gt(semver.parse(version.trim().replace(/^v/, '')) ?? v, limit)
        if (over) {
          ctx.report(
            '/karpenter/version',
            karpenterConfigError(ctx, goSprintf(maxText, max)),
            `this eksctl release installs Karpenter up to ${max}: pin that version, or use a newer eksctl.`
          )
        }
        return
      }
      if (!ctx.has('minimum supported version is %s')) return
      const v = semver.coerce(version)
      const min = eksctlMinKarpenter(ctx.release)
      if (v && min && semver.lt(v, semver.coerce(min)!)) {
        ctx.report(
          '/karpenter/version',
          karpenterConfigError(ctx, `minimum supported version is ${min}`),
          `use Karpenter ${min} or later.`
        )
      }
    }
  },
  {
    id: 'karpenter-needs-oidc',
    group: 'addons',
    summary: "eksctl's `karpenter:` installer needs `iam.withOIDC: true`.",
    severity: 'error',
    eksctlMessages: KARPENTER_CONFIG,
    eksctlParts: ['iam.withOIDC must be enabled with Karpenter'],
    example: "karpenter: {version: 'v0.20.0'}  # no iam.withOIDC",
    check(ctx) {
      if (!asObject(ctx.data.karpenter)) return
      if (isFalsy(asObject(ctx.data.iam)?.withOIDC)) {
        ctx.report(
          '/karpenter',
          karpenterConfigError(ctx, 'iam.withOIDC must be enabled with Karpenter'),
          'add `iam.withOIDC: true`; eksctl gives the Karpenter controller an IRSA role.',
          { part: 'key' }
        )
      }
    }
  }
]
