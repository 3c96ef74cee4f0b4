// Action shell for install-eksctl. STUB: the install-eksctl work fills this in.

export interface InstalledEksctl {
  /** The release installed, e.g. '0.230.0'. */
  version: string
  /** Full path of the eksctl binary. */
  binary: string
  /** Set when the release is newer than the newest bundled schema: the binary's own `eksctl utils schema`. */
  schemaFile?: string
}

export async function runInstallStep(): Promise<InstalledEksctl> {
  throw new Error('not implemented: runInstallStep')
}
