// The action's main step: read inputs, call the engine, write outputs. Nothing else lives here.
import * as core from '@actions/core'
import { runValidateStep } from './action/validate.js'
import { runInstallStep } from './action/install.js'
import { runCollectStep, armPostCollection, recordMainOutcome, workAbandoned } from './action/collect.js'

export async function run(): Promise<void> {
  let armed = false
  try {
    const mode = core.getInput('mode') || 'validate'
    if (mode === 'collect') {
      await runCollectStep()
      // An upload abandoned at upload-timeout keeps sockets open: leave without waiting for them.
      if (workAbandoned()) process.exit(process.exitCode ?? 0)
      return
    }
    if (mode !== 'validate') {
      throw new Error(`mode must be validate or collect, got "${mode}"`)
    }
    armPostCollection()
    armed = true
    const installed = core.getBooleanInput('install-eksctl') ? await runInstallStep() : null
    await runValidateStep(installed)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  } finally {
    // core.setFailed sets exitCode 1: the post step learns that this step (not a later one) failed.
    if (armed) recordMainOutcome(process.exitCode === 1 || process.exitCode === '1')
  }
}
