// Action shell for Karpenter collection. STUB: the collection work fills this in.

/** Main step: remember (saveState) what the post step needs to decide whether to collect. */
export function armPostCollection(): void {}

export async function runCollectStep(): Promise<void> {
  throw new Error('not implemented: runCollectStep')
}

export async function runPostCollection(): Promise<void> {}
