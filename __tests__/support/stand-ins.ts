// Stand-in executables for tests: a `helm` that prints what real helm 3 prints for the calls the collector makes.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Writes `<dir>/helm`, a POSIX sh script; `helm ls -A -o json` prints `releases`. Calls are appended to `<dir>/helm.calls`. */
export function writeHelmStandIn(dir: string, releases: object[]): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'helm')
  const json = JSON.stringify(releases).replace(/'/g, `'\\''`)
  writeFileSync(
    path,
    `#!/bin/sh
echo "$@" >> '${join(dir, 'helm.calls')}'
# Skip global flags (helm accepts them before the command).
while [ $# -gt 0 ]; do
  case "$1" in
    --kubeconfig|--kube-context) shift 2 ;;
    *) break ;;
  esac
done
case "$1" in
  ls|list) printf '%s\\n' '${json}' ;;
  get)
    printf 'USER-SUPPLIED VALUES:\\nsettings:\\n  clusterName: demo\\n  interruptionQueue: demo\\nreplicas: 2\\n' ;;
  history)
    printf 'REVISION\\tUPDATED                 \\tSTATUS  \\tCHART          \\tAPP VERSION\\tDESCRIPTION     \\n1       \\tFri Oct  4 08:16:01 2024\\tdeployed\\tkarpenter-1.0.5\\t1.0.5      \\tInstall complete\\n' ;;
  *) echo "Error: unknown command \\"$1\\" for \\"helm\\"" >&2; exit 1 ;;
esac
`
  )
  chmodSync(path, 0o755)
  return path
}
