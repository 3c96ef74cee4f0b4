// The corrections overlay: the places where eksctl's published schema disagrees with what eksctl's loader accepts
// (strict YAML→JSON unmarshalling into the v1alpha5 Go types, see ../shared/reference/eksctl.md §3 and §6.8).
// Each correction is a small, explicit transformation of one release's normalised schema, applied at build time to
// every release in its range. The build stores both variants (as shipped and corrected) in the merged structure.
//
// `explains` says which validation results the correction may change, as a pattern over *error locations*: the
// instance path of a failing value, with the offending property name appended for additionalProperties and
// required errors (e.g. `/managedNodeGroups/0/foo`, `/remoteNetworkConfig/vpcGatewayID`). The exactness check
// (scripts/check-schemas.ts) accepts a difference between the raw and the corrected schema only at such locations.
import semver from 'semver'
import { DEFINITIONS_PREFIX, isAnyType, type NormalizedSchema, type SchemaNode } from './normalize.js'

export interface Correction {
  id: string
  /** First and last release (inclusive) it applies to; `to: null` = every later release. */
  from: string
  to: string | null
  /** Where eksctl's behaviour is documented (source path and tag). */
  evidence: string
  /** What the correction changes in the schema, in one sentence. */
  effect: string
  /** Error locations whose verdict this correction may change. */
  explains: RegExp
  /**
   * Optional, narrows `explains`: given the keywords of the errors at the location (from whichever schema reports
   * them) and the document's value there, whether this correction accounts for the difference.
   */
  explainsError?: (keywords: ReadonlySet<string>, value: unknown) => boolean
  apply(schema: NormalizedSchema): void
}

class CorrectionDriftError extends Error {}

function def(schema: NormalizedSchema, name: string, id: string): SchemaNode {
  const d = schema.definitions[name]
  if (!d) throw new CorrectionDriftError(`correction ${id}: definition ${name} not found`)
  return d
}

function props(node: SchemaNode, id: string): Record<string, SchemaNode> {
  const p = node.properties as Record<string, SchemaNode> | undefined
  if (!p) throw new CorrectionDriftError(`correction ${id}: expected properties`)
  return p
}

/** Draft-07 has no case-insensitive enum: `[Aa][Mm]…` character classes in an anchored alternation. */
export function caseInsensitivePattern(values: readonly string[]): string {
  const alt = values.map((v) =>
    v.replace(/[A-Za-z]|[^A-Za-z0-9]/g, (c) =>
      /[A-Za-z]/.test(c) ? `[${c}${c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()}]` : `\\${c}`
    )
  )
  return `^(?:${alt.join('|')})$`
}

/** The values of a pattern made by caseInsensitivePattern (in their original spelling), or null. */
export function valuesOfCaseInsensitivePattern(pattern: string): string[] | null {
  const m = /^\^\(\?:(.*)\)\$$/.exec(pattern)
  if (!m || !m[1]!.startsWith('[')) return null
  return m[1]!.split('|').map((alt) => alt.replace(/\[(.)(.)\]/g, '$1').replace(/\\(.)/g, '$1'))
}

export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'identity-providers',
    from: '0.38.0',
    to: null,
    evidence:
      'IdentityProvider.UnmarshalJSON in pkg/apis/eksctl.io/v1alpha5 (v0.230.0) reads `type`, then unmarshals the ' +
      'entry into OIDCIdentityProvider without unknown-field checks; examples/27-oidc-provider.yaml loads in ' +
      "eksctl's test `load all of example file` (pkg/ctl/cmdutils/configfile_test.go). Fact sheet §3.5, §6.8.",
    effect:
      'identityProviders[] entries: the `type` property and the OIDC properties in one open object ' +
      '(no oneOf, unknown keys allowed, still an object); types and required keys kept.',
    explains: /^\/identityProviders\/\d+(\/|$)/,
    apply(schema) {
      const id = 'identity-providers'
      const ip = def(schema, 'IdentityProvider', id)
      const oneOf = ip.oneOf as SchemaNode[] | undefined
      const ref = oneOf?.[0]?.$ref
      if (!oneOf || oneOf.length !== 1 || typeof ref !== 'string')
        throw new CorrectionDriftError(`correction ${id}: IdentityProvider.oneOf has changed`)
      const oidc = def(schema, ref.slice(DEFINITIONS_PREFIX.length), id)
      const merged: SchemaNode = { type: 'object', properties: { ...props(oidc, id), ...props(ip, id) } }
      const required = [...new Set([...((ip.required as string[]) ?? []), ...((oidc.required as string[]) ?? [])])]
      if (required.length) merged.required = required
      schema.definitions.IdentityProvider = merged
    }
  },
  {
    id: 'service-account-metadata',
    from: '0.22.0',
    to: '0.38.0',
    evidence:
      'ClusterIAMServiceAccount embeds ClusterIAMMeta as `json:"metadata"` in pkg/apis/eksctl.io/v1alpha5 at every ' +
      'tag; the schema generator (cmd/schema, weaveworks/schemer) flattened it in 0.22.0–0.38.0. ' +
      'examples/13-iamserviceaccounts.yaml loads. Fact sheet §6.6, §6.8.',
    effect:
      'iam.serviceAccounts[]: name, namespace, labels, annotations move back under `metadata` (ClusterIAMMeta), ' +
      'as in 0.21.0 and 0.39.0+.',
    explains: /^\/iam\/serviceAccounts\/\d+(\/|$)/,
    apply(schema) {
      const id = 'service-account-metadata'
      const sa = def(schema, 'ClusterIAMServiceAccount', id)
      const p = props(sa, id)
      if (p.metadata) throw new CorrectionDriftError(`correction ${id}: metadata is already there`)
      const meta: Record<string, SchemaNode> = {}
      for (const key of ['name', 'namespace', 'labels', 'annotations']) {
        if (!p[key]) throw new CorrectionDriftError(`correction ${id}: ${key} not found`)
        meta[key] = p[key]!
        delete p[key]
      }
      schema.definitions.ClusterIAMMeta ??= { properties: meta, additionalProperties: false }
      p.metadata = { $ref: `${DEFINITIONS_PREFIX}ClusterIAMMeta` }
    }
  },
  {
    id: 'nodegroup-taints-map',
    from: '0.52.0',
    to: null,
    evidence:
      'taintsWrapper.UnmarshalJSON in pkg/apis/eksctl.io/v1alpha5 (0.52.0 … v0.230.0) accepts a {key: "value:Effect"} ' +
      'map or a list of {key, value, effect}; examples/23-kubeflow-spot-instance.yaml used the map form until 0.104. ' +
      'Fact sheet §3.5, §6.6.',
    effect: 'nodeGroups[].taints (unmanaged only): also accept an object of strings, besides the list.',
    explains: /^\/nodeGroups\/\d+\/taints(\/|$)/,
    apply(schema) {
      const id = 'nodegroup-taints-map'
      const tw = def(schema, 'taintsWrapper', id)
      if (tw.type !== 'array' || !tw.items) throw new CorrectionDriftError(`correction ${id}: taintsWrapper changed`)
      if (JSON.stringify(def(schema, 'ManagedNodeGroup', id)).includes('taintsWrapper'))
        throw new CorrectionDriftError(`correction ${id}: managed node groups use taintsWrapper now`)
      schema.definitions.taintsWrapper = {
        type: ['array', 'object'],
        items: tw.items,
        additionalProperties: { type: 'string' }
      }
    }
  },
  {
    id: 'remote-network-vpc-gateway-optional',
    from: '0.195.0',
    to: null,
    evidence:
      'RemoteNetworkConfig in pkg/apis/eksctl.io/v1alpha5 (0.195.0 … v0.230.0): eksctl treats vpcGatewayID as ' +
      'optional; examples/43-hybrid-nodes.yaml has none and loads. Fact sheet §6.8.',
    effect: 'remoteNetworkConfig: vpcGatewayID is no longer required.',
    explains: /^\/remoteNetworkConfig\/vpcGatewayID$/,
    apply(schema) {
      const id = 'remote-network-vpc-gateway-optional'
      const rn = def(schema, 'RemoteNetworkConfig', id)
      const req = rn.required as string[] | undefined
      if (!req?.includes('vpcGatewayID')) throw new CorrectionDriftError(`correction ${id}: not required any more`)
      rn.required = req.filter((r) => r !== 'vpcGatewayID')
      if ((rn.required as string[]).length === 0) delete rn.required
    }
  },
  {
    id: 'zonal-shift-0.194',
    from: '0.194.0',
    to: '0.194.0',
    evidence:
      'pkg/apis/eksctl.io/v1alpha5/types.go at tag 0.194.0 has ClusterConfig.ZonalShiftConfig `json:"zonalShiftConfig"`; ' +
      'the schema gained it only in 0.195.0. Fact sheet §6.5, §6.8.',
    effect: 'adds zonalShiftConfig ({enabled: boolean}, closed), as in the 0.195.0 schema.',
    explains: /^\/zonalShiftConfig(\/|$)/,
    apply(schema) {
      const id = 'zonal-shift-0.194'
      const cc = def(schema, 'ClusterConfig', id)
      const p = props(cc, id)
      if (p.zonalShiftConfig) throw new CorrectionDriftError(`correction ${id}: zonalShiftConfig is already there`)
      schema.definitions.ZonalShiftConfig ??= {
        properties: { enabled: { type: 'boolean' } },
        additionalProperties: false
      }
      p.zonalShiftConfig = { $ref: `${DEFINITIONS_PREFIX}ZonalShiftConfig` }
    }
  },
  {
    id: 'managed-nodegroup-closed',
    from: '0.24.0',
    to: '0.25.0',
    evidence:
      'The loader (pkg/eks/api.go, sigs.k8s.io/yaml UnmarshalStrict) rejects unknown fields at any depth; the ' +
      'ManagedNodeGroup definition of the 0.24.0–0.25.0 schemas lacks additionalProperties:false. Fact sheet §3.1, §6.3, §6.8.',
    effect: 'managedNodeGroups[]: unknown keys are rejected (additionalProperties: false).',
    explains: /^\/managedNodeGroups\/\d+\/[^/]+$/,
    apply(schema) {
      const id = 'managed-nodegroup-closed'
      const mng = def(schema, 'ManagedNodeGroup', id)
      if (mng.additionalProperties !== undefined) throw new CorrectionDriftError(`correction ${id}: no longer open`)
      mng.additionalProperties = false
    }
  },
  {
    id: 'ami-family-case-insensitive',
    from: '0.86.0',
    to: null,
    evidence:
      'pkg/apis/eksctl.io/v1alpha5 normalises amiFamily case since 0.86.0 (fact sheet §6.8: "eksctl normalises ' +
      'case since 0.86").',
    effect:
      'nodeGroups[].amiFamily, managedNodeGroups[].amiFamily: the enum becomes a case-insensitive pattern over the ' +
      'same values.',
    explains: /\/amiFamily$/,
    apply(schema) {
      const id = 'ami-family-case-insensitive'
      let found = 0
      for (const name of ['NodeGroup', 'ManagedNodeGroup']) {
        const ami = props(def(schema, name, id), id).amiFamily
        const values = ami?.enum as string[] | undefined
        if (!ami || !values) throw new CorrectionDriftError(`correction ${id}: ${name}.amiFamily has no enum`)
        delete ami.enum
        ami.pattern = caseInsensitivePattern(values)
        found++
      }
      if (!found) throw new CorrectionDriftError(`correction ${id}: nothing to correct`)
    }
  },
  {
    id: 'subnet-entries-open',
    from: '0.32.0',
    to: null,
    evidence:
      'AZSubnetMapping.UnmarshalJSON in pkg/apis/eksctl.io/v1alpha5 (v0.230.0) unmarshals vpc.subnets.private/public ' +
      'into map[string]AZSubnetSpec without unknown-field checks (fact sheet §3.5); the AZSubnetMapping type first ' +
      'appears in the 0.32.0 schema, so the range starts there.',
    effect: 'vpc.subnets.{private,public}.<name> entries: unknown keys are allowed.',
    explains: /^\/vpc\/subnets\/(private|public)\/[^/]+\/[^/]+$/,
    apply(schema) {
      const id = 'subnet-entries-open'
      const spec = def(schema, 'AZSubnetSpec', id)
      if (spec.additionalProperties !== false) throw new CorrectionDriftError(`correction ${id}: already open`)
      delete spec.additionalProperties
    }
  },
  {
    id: 'kubernetes-version-enum-out',
    from: '0.25.0',
    to: '0.201.0',
    evidence:
      'The metadata.version enum is a docs-derived list; the loader accepts any string (pkg/eks/api.go), and the ' +
      'supported-version check is a create-time rule (ValidateClusterVersion in pkg/apis/eksctl.io/v1alpha5, ' +
      '`auto`/`latest` allowed). Fact sheet §4.3, §6.6, §6.8.',
    effect: 'metadata.version: the enum is removed (kept for the rules as kubernetesVersionEnum()).',
    explains: /^\/metadata\/version$/,
    apply(schema) {
      const id = 'kubernetes-version-enum-out'
      const v = props(def(schema, 'ClusterMeta', id), id).version
      if (!v?.enum) throw new CorrectionDriftError(`correction ${id}: metadata.version has no enum`)
      delete v.enum
    }
  },
  {
    // Last, so that it also types the definitions the corrections above add (ClusterIAMMeta, ZonalShiftConfig).
    id: 'struct-values-are-objects',
    from: '0.22.0',
    to: null,
    evidence:
      'The loader decodes the file with Go encoding/json into the v1alpha5 struct types (sigs.k8s.io/yaml, then ' +
      'encoding/json, pkg/eks/api.go at every tag; fact sheet §3.1). encoding/json rejects a string, number, boolean ' +
      'or list where a struct is expected (`json: cannot unmarshal number into Go struct field …`, the error form ' +
      'of fact sheet §3.2) and leaves the field unset for null. The 0.21.0 schema types its definitions ' +
      '`type: object`; from 0.22.0 the generator omits the type, so the schema accepts any value there (§6.3).',
    effect:
      'every definition with properties (a Go struct) that declares no type gets `type: [object, null]`: a ' +
      'scalar or a list where a struct is expected fails; null (an empty YAML value) still passes.',
    explains: /^/,
    explainsError: (keywords, value) =>
      keywords.has('type') && value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value)),
    apply(schema) {
      const id = 'struct-values-are-objects'
      let found = 0
      for (const [name, node] of Object.entries(schema.definitions)) {
        if (node.properties === undefined || (node.type !== undefined && !isAnyType(node.type))) continue
        const typed: SchemaNode = { type: ['object', 'null'] }
        for (const [key, value] of Object.entries(node)) if (key !== 'type') typed[key] = value
        schema.definitions[name] = typed
        found++
      }
      if (!found) throw new CorrectionDriftError(`correction ${id}: no untyped struct definition`)
    }
  }
]

export function correctionApplies(c: Correction, version: string): boolean {
  return semver.gte(version, c.from) && (c.to === null || semver.lte(version, c.to))
}

/** The corrections that apply to a release (in the bundled range; releases added at run time get none). */
export function correctionsFor(version: string): Correction[] {
  return CORRECTIONS.filter((c) => correctionApplies(c, version))
}

/** A corrected deep copy of one release's normalised schema. */
export function applyCorrections(schema: NormalizedSchema, version: string): NormalizedSchema {
  const copy = structuredClone(schema)
  for (const c of correctionsFor(version)) c.apply(copy)
  return copy
}
