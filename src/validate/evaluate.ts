// Release-aware schema evaluation over the schema store.
// CONTRACT STUB: the schema-store work replaces these bodies; the signatures are what other parts use.
import type { ReleaseRange } from '../schemas/index.js'

export interface SchemaError {
  /** JSON pointer of the offending value (for an unknown field: the object holding it). */
  instancePath: string
  keyword: 'additionalProperties' | 'type' | 'enum' | 'required' | 'oneOf' | 'anyOf' | 'pattern' | string
  params: {
    additionalProperty?: string
    missingProperty?: string
    allowedValues?: unknown[]
    type?: string | string[]
    [k: string]: unknown
  }
  /** The releases (over all known) in which this same check passes for this value; [] when none does. */
  acceptedIn: ReleaseRange[]
}

export interface EvaluateOptions {
  /** Apply the corrections overlay (default true). */
  corrections?: boolean
  /** Instance paths whose value is an unexpanded placeholder: type/enum/pattern checks there are skipped. */
  skipValueChecksAt?: ReadonlySet<string>
}

/** Errors of `data` against one release's schema. One root cause, one error (no oneOf cascades). */
export function evaluateRelease(_data: unknown, _version: string, _options?: EvaluateOptions): SchemaError[] {
  throw new Error('not implemented: evaluateRelease')
}

/** The releases whose schema accepts `data`, as contiguous ranges (gaps show as separate ranges). */
export function compatibleReleases(_data: unknown, _options?: EvaluateOptions): ReleaseRange[] {
  throw new Error('not implemented: compatibleReleases')
}
