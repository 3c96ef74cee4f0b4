// The region check of `create cluster`: with a config file, eksctl takes the region from `metadata.region` (the
// loader sets the provider's region from it) and refuses one its release does not list (NewCtl, pkg/ctl/cmdutils:
// IsSupportedRegion, then ErrUnsupportedRegion). The list per release is generated from eksctl's source
// (src/rules/data/regions.ts).
import { asObject, goSprintf } from '../context.js'
import { regionAddedAfter, supportedRegionsAt } from '../data/regions.js'
import { rangesOf, spanOf } from '../inventory/index.js'
import type { RuleDefinition } from '../types.js'
import { closest } from '../../validate/suggest.js'

const UNSUPPORTED_REGION = '--region=%s is not supported - use one of: %s'
/** NewCtl asks EKS for its Kubernetes versions, in the region, before it checks the region (from the release below). */
const DESCRIBE_VERSIONS = 'describing cluster versions: %w'

/** A template's stand-in for a region: `<region>`, `REGION`, `${…}`-like braces, `us-east-x`, `xx-xxxx-1`, `TODO`. */
export function looksLikePlaceholderRegion(value: string): boolean {
  const v = value.trim()
  if (v === '') return true
  if (/[<>{}[\]*|]|\.\.\.|…/.test(v)) return true
  // all capitals (REGION, AWS_REGION, YOUR-REGION): no region is written that way
  if (/[A-Z]/.test(v) && !/[a-z]/.test(v) && !/^[A-Z]{2}(-[A-Z]+)+-\d+$/.test(v)) return true
  if (/^(?:(?:your|my|aws|the|some|default|target|cluster)[-_ ]?)?region(?:[-_ ]?(?:name|code|here))?$/i.test(v))
    return true
  if (/change[-_ ]?me|\btodo\b|\btbd\b|fixme|replace[-_ ]?me|placeholder|example/i.test(v)) return true
  // a segment of only x's, n or #: us-east-x, xx-xxxx-1, us-west-n
  return v.split('-').some((segment) => /^(?:x+|n|#+)$/i.test(segment))
}

export const regionRules: RuleDefinition[] = [
  {
    id: 'region-supported',
    group: 'metadata',
    summary:
      "`metadata.region` is one of the regions the release lists (`SupportedRegions()`, generated from eksctl's source per release); a template placeholder (`<region>`, `REGION`, `us-east-x`) is named as one.",
    severity: 'error',
    eksctlMessages: [UNSUPPORTED_REGION],
    example: 'metadata: {name: demo, region: us-east-x}',
    check(ctx) {
      const path = '/metadata/region'
      const region = asObject(ctx.data.metadata)?.region
      // not a string: the schema reports it; empty: metadata-required; ${VAR} / $VAR: expanded later
      if (typeof region !== 'string' || region === '' || ctx.isPlaceholder(path)) return
      const regions = supportedRegionsAt(ctx.release)
      if (!regions || regions.includes(region)) return
      const text = goSprintf(UNSUPPORTED_REGION, region, regions.join(', '))
      // From that release a region that does not exist fails earlier, when eksctl calls EKS there.
      const note = ctx.has(DESCRIBE_VERSIONS)
        ? ` From ${spanOf(rangesOf([DESCRIBE_VERSIONS]))?.since} eksctl asks EKS in the region for its Kubernetes ` +
          'versions before this check, so a region that does not exist fails there first ("describing cluster versions: …").'
        : ''
      if (looksLikePlaceholderRegion(region)) {
        ctx.report(
          path,
          text,
          `\`${region}\` is a placeholder left from a template: set \`metadata.region\` to the AWS region to create the cluster in, e.g. \`us-west-2\`.${note}`
        )
        return
      }
      const zone = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/.exec(region)
      if (zone && regions.includes(zone[1]!)) {
        ctx.report(
          path,
          text,
          `\`${region}\` is an availability zone: its region is \`${zone[1]}\` (zones go in \`availabilityZones\`).${note}`
        )
        return
      }
      const exact = regions.find((r) => r === region.trim().toLowerCase())
      if (exact) {
        ctx.report(path, text, `eksctl compares region names exactly: write \`${exact}\`.`)
        return
      }
      const since = regionAddedAfter(region, ctx.release)
      if (since) {
        ctx.report(path, text, `eksctl lists \`${region}\` from ${since}: upgrade eksctl to ≥ ${since}.`, { since })
        return
      }
      const suggestion = closest(region, regions)
      ctx.report(
        path,
        text,
        (suggestion
          ? `did you mean \`${suggestion}\`?`
          : `use one of the listed regions; eksctl ${ctx.release} creates clusters in no other region.`) + note
      )
    }
  }
]
