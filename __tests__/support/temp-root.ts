// vitest globalSetup: the run gets its own temporary folder. TMPDIR (and TMP/TEMP) point into it for the test
// workers and, through run-cli.ts / run-action.ts, for the processes they start, so whatever a test forgets is
// removed with the folder at the end: a test run leaves nothing behind in the system's temp folder. What was left
// in it is counted on the way out (EKSCTL_PREFLIGHT_TEST_TMP_REPORT=1 lists it), to find tests that leak.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'eksctl-preflight-tests-'))
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root
  return () => {
    let left: string[] = []
    try {
      left = readdirSync(root)
    } catch {
      // already gone
    }
    if (process.env.EKSCTL_PREFLIGHT_TEST_TMP_REPORT)
      console.log(`temp folders left by tests (removed now): ${left.length}\n${left.sort().join('\n')}`)
    rmSync(root, { recursive: true, force: true })
  }
}
