// The action's post step: collect Karpenter evidence at the end of the job when asked to.
import * as core from '@actions/core'
import { runPostCollection, workAbandoned } from './action/collect.js'

export async function run(): Promise<void> {
  try {
    await runPostCollection()
  } catch (error) {
    // Collection never changes the job's result: problems are warnings.
    core.warning(`Karpenter collection failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  // An upload abandoned at upload-timeout keeps sockets open for minutes: the step ends now, without them.
  if (workAbandoned()) process.exit(0)
}
