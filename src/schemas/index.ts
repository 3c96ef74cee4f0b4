// Schema store: every eksctl release 0.21.0 … newest known, its ClusterConfig schema (corrected where
// eksctl's own schema disagrees with its loader), and the release history of fields and enum values.
// CONTRACT STUB: the schema-store work replaces these bodies; the signatures are what other parts use.

export interface Release {
  version: string // '0.112.0'
  date: string // '2022-09-..' (tag date, YYYY-MM-DD)
}

/** A contiguous run of releases. `to` is the last release in the run (inclusive), null = up to the newest known. */
export interface ReleaseRange {
  from: string
  to: string | null
}

export interface ReleaseChoice {
  requested: string
  release: Release
  /** true when `requested` is not itself a known release (unknown patch, -rc.N, -dev, newer than the newest). */
  approximated: boolean
  note?: string
}

export class UnknownReleaseError extends Error {}

export type JsonSchema = Record<string, unknown>

export function listReleases(): readonly Release[] {
  throw new Error('not implemented: listReleases')
}

/** Maps `0.112.0`, `v0.112.0`, `0.112.3`, `0.150.0-rc.1`, `0.149.0-dev+abc.2023…`, `latest` to a known release. */
export function resolveRelease(_requested: string): ReleaseChoice {
  throw new Error('not implemented: resolveRelease')
}

/** A draft-07 JSON Schema for that release, compilable by createAjv(). */
export function schemaForRelease(_version: string, _options?: { corrections?: boolean }): JsonSchema {
  throw new Error('not implemented: schemaForRelease')
}

/** Release ranges where a field path exists (`iamIdentityMappings`, `managedNodeGroups[].taints`, `iam.withOIDC`). */
export function fieldHistory(_path: string): ReleaseRange[] {
  throw new Error('not implemented: fieldHistory')
}

/** Release ranges where an enum value is accepted at a field path (`nodeGroups[].amiFamily`, `AmazonLinux2023`). */
export function enumValueHistory(_path: string, _value: string): ReleaseRange[] {
  throw new Error('not implemented: enumValueHistory')
}

/** The schema's `metadata.version` enum of a release (0.25–0.201), kept out of the loader schema for the rules. */
export function kubernetesVersionEnum(_version: string): string[] | null {
  throw new Error('not implemented: kubernetesVersionEnum')
}

/**
 * Adds a release the bundled data does not know (e.g. a newer eksctl's own `eksctl utils schema` output), in
 * memory, as the newest release. Corrections are not applied to it. Used when the target eksctl is newer than the
 * newest bundled release.
 */
export function addReleaseSchema(_version: string, _date: string | null, _rawSchema: unknown): void {
  throw new Error('not implemented: addReleaseSchema')
}
