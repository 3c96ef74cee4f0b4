// Helpers the area catalogues share: the ClusterConfig predicates eksctl's validators ask (Outposts, Auto Mode,
// subnets), Go-style ARN parsing and pointer escaping.
import { asArray, asObject, asString, isSet, isTrue, type JsonObject } from '../context.js'

/** aws-sdk `arn.Parse`: the parsed sections, or the error text eksctl wraps. */
export function parseArn(
  value: string
):
  | { ok: true; partition: string; service: string; region: string; account: string; resource: string }
  | { ok: false; error: string } {
  if (!value.startsWith('arn:')) return { ok: false, error: 'arn: invalid prefix' }
  const parts = value.split(':')
  if (parts.length < 6) return { ok: false, error: 'arn: not enough sections' }
  return {
    ok: true,
    partition: parts[1]!,
    service: parts[2]!,
    region: parts[3]!,
    account: parts[4]!,
    resource: parts.slice(5).join(':')
  }
}

/** One JSON-pointer segment (`~` and `/` escaped). */
export function seg(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** `IsControlPlaneOnOutposts`: `outpost.controlPlaneOutpostARN` is set. */
export function controlPlaneOnOutposts(data: JsonObject): boolean {
  return isSet(asObject(data.outpost)?.controlPlaneOutpostARN)
}

/** `IsAutoModeEnabled`. */
export function autoModeEnabled(data: JsonObject): boolean {
  return isTrue(asObject(data.autoModeConfig)?.enabled)
}

/** `IsFullyPrivate`. */
export function fullyPrivate(data: JsonObject): boolean {
  return isTrue(asObject(data.privateCluster)?.enabled)
}

/** `HasAnySubnets`: `vpc.subnets.private` or `.public` has an entry. */
export function hasAnySubnets(data: JsonObject): boolean {
  const subnets = asObject(asObject(data.vpc)?.subnets)
  if (!subnets) return false
  return ['private', 'public'].some((k) => {
    const v = subnets[k]
    return Array.isArray(v) ? v.length > 0 : !!asObject(v) && Object.keys(v as object).length > 0
  })
}

/** `accessConfig.authenticationMode` after eksctl's defaulting (CONFIG_MAP for Outposts without an etcd type). */
export function authenticationMode(data: JsonObject): string {
  const mode = asString(asObject(data.accessConfig)?.authenticationMode)
  if (mode) return mode
  const outpost = asObject(data.outpost)
  return controlPlaneOnOutposts(data) && !isSet(outpost?.etcdInstanceType) ? 'CONFIG_MAP' : 'API_AND_CONFIG_MAP'
}

/** `IPv6Enabled`. */
export function ipv6Enabled(data: JsonObject): boolean {
  return asString(asObject(data.kubernetesNetworkConfig)?.ipFamily)?.toLowerCase() === 'ipv6'
}

/** A list field that is set and non-empty. */
export function nonEmpty(value: unknown): boolean {
  return asArray(value).length > 0
}

/** An instanceSelector with any field set (`InstanceSelector.IsZero` is false). */
export function hasInstanceSelector(ng: JsonObject): boolean {
  const sel = asObject(ng.instanceSelector)
  return !!sel && Object.values(sel).some((v) => v !== null && v !== undefined && v !== '' && v !== 0)
}
