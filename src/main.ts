// The action's main step: read inputs, call the engine, write outputs. Nothing else lives here.
import * as core from '@actions/core'
import { runValidateStep } from './action/validate.js'
import { runInstallStep } from './action/install.js'
import { runCollectStep, armPostCollection } from './action/collect.js'

export async function run(): Promise<void> {
  try {
    const mode = core.getInput('mode') || 'validate'
    if (mode === 'collect') {
      await runCollectStep()
      return
    }
    if (mode !== 'validate') {
      throw new Error(`mode must be validate or collect, got "${mode}"`)
    }
    armPostCollection()
    const installed = core.getBooleanInput('install-eksctl') ? await runInstallStep() : null
    await runValidateStep(installed)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
