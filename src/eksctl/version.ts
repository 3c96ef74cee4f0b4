// eksctl's own version: parsing every `eksctl version` output format, and finding the installed binary.
// CONTRACT STUB: the install-eksctl work replaces these bodies; the signatures are what other parts use.

export class EksctlNotFoundError extends Error {}

/** `0.230.0`, `0.231.0-rc.0`, `0.149.0-dev`, … from any `eksctl version` (or `-o json`) output; null if none. */
export function parseEksctlVersionOutput(_stdout: string): string | null {
  throw new Error('not implemented: parseEksctlVersionOutput')
}

/** Runs `eksctl version` from PATH (or `binary`). Throws EksctlNotFoundError with how to fix it. */
export async function detectInstalledEksctl(_options?: {
  binary?: string
  env?: Record<string, string | undefined>
}): Promise<{ version: string; binary: string; output: string }> {
  throw new Error('not implemented: detectInstalledEksctl')
}
