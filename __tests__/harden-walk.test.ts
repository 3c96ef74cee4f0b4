// Hardening of the directory walk (issue 12 point 1): a symlink committed into the workspace must not make the walk
// leave it, loop, or run until the heap is gone. The attack is reproduced through the bundled action.
import { mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { InputError, loadConfigs } from '../src/config/index.js'
import { WALK_LIMITS } from '../src/config/files.js'
import { runActionSync } from './support/run-action.js'
import { pathWithoutEksctl, workspace } from './support/run-cli.js'

const CONFIG = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: eu-west-1\n'

const made: { dir: string; links: string[] }[] = []
/** A workspace with links (name → target); links are removed before the folder, so nothing follows them. */
function linkedWorkspace(files: Record<string, string>, links: Record<string, string>): string {
  const dir = workspace(files)
  const entry = { dir, links: [] as string[] }
  for (const [name, target] of Object.entries(links)) {
    const at = path.join(dir, name)
    mkdirSync(path.dirname(at), { recursive: true })
    symlinkSync(target, at)
    entry.links.push(at)
  }
  made.push(entry)
  return dir
}
afterEach(() => {
  for (const { dir, links } of made.splice(0)) {
    for (const l of links) unlinkSync(l)
    rmSync(dir, { recursive: true, force: true })
  }
})

const load = (ws: string, patterns: string[]) =>
  loadConfigs({ patterns, workspace: ws, cwd: ws, envsubst: false, env: {} })

describe.skipIf(process.platform === 'win32')('the walk stays in the workspace and ends', () => {
  it.each([
    ['clusters/**/*.yaml', '/'],
    ['clusters', '/'],
    ['**/*.yaml', '/proc'],
    ['**/*.yml', '/sys']
  ])('config: %s with clusters -> %s fails with an input error within seconds (dist)', (config, target) => {
    const ws = linkedWorkspace({ 'ok.yaml': CONFIG }, { clusters: target })
    const started = Date.now()
    const run = runActionSync({
      workspace: ws,
      inputs: { config, 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() },
      timeoutMs: 30_000
    })
    const ms = Date.now() - started
    expect(run.code, run.stderr).toBe(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('outside the workspace')
    expect(errors[0]).toContain(target)
    expect(ms).toBeLessThan(15_000)
    console.log(`walk with clusters -> ${target}, config: ${config}: ${ms} ms`)
  })

  it('a link back up (a cycle) is passed over; a link to a folder inside the workspace is followed', async () => {
    const ws = linkedWorkspace({ 'a/one.yaml': CONFIG, 'b/two.yaml': CONFIG }, { 'a/loop': '..', c: 'b' })
    const files = await load(ws, ['**/*.yaml'])
    expect(files.map((f) => f.path)).toEqual(['a/one.yaml', 'b/two.yaml', 'c/two.yaml'])
  })

  it('a walk deeper than the limit is refused with a clear message', async () => {
    const deep = Array.from({ length: WALK_LIMITS.depth + 2 }, (_, i) => `d${i}`).join('/')
    const ws = linkedWorkspace({ [`${deep}/x.yaml`]: CONFIG }, {})
    const err = await load(ws, ['**/*.yaml']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toContain(`deeper than ${WALK_LIMITS.depth} folders`)
  })

  it('a walk over more entries than the limit is refused, not walked on', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`many/f${i}.txt`] = ''
    const ws = linkedWorkspace(files, {})
    const saved = WALK_LIMITS.entries
    WALK_LIMITS.entries = 50
    try {
      const err = await load(ws, ['**/*.yaml']).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(InputError)
      expect((err as Error).message).toContain('the walk passed 50 files and folders')
    } finally {
      WALK_LIMITS.entries = saved
    }
  })
})
