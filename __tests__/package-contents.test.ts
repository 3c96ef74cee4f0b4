// The npm package ships what runs and nothing else: the bundled CLI, the analyzer's worker thread it starts for large
// logs, and the README, LICENSE and CHANGELOG. The packed tarball, unpacked where no node_modules exists, runs.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths.js'

interface PackResult {
  files: Array<{ path: string; size: number; mode: number }>
  entryCount: number
  unpackedSize: number
  filename: string
}

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_loglevel: 'error' }

function pack(args: string[], cwd = repoRoot): PackResult {
  const out = execFileSync('npm', ['pack', '--json', ...args], { cwd, encoding: 'utf8', env: npmEnv })
  return (JSON.parse(out) as PackResult[])[0]!
}

const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli.js',
  'dist/karpenter-analyze-worker.js',
  'package.json'
]

describe('npm package contents', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'preflight-pack-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('`npm pack --dry-run` lists exactly the CLI bundle, its worker, README, LICENSE and CHANGELOG', () => {
    const result = pack(['--dry-run'])
    expect(result.files.map((f) => f.path).sort()).toEqual(EXPECTED)
    // No tests, sources, schemas (they are bundled into dist/cli.js) or action bundles.
    expect(result.unpackedSize).toBeLessThan(2 * 1024 * 1024)
    const cli = result.files.find((f) => f.path === 'dist/cli.js')!
    expect(cli.mode & 0o111, 'dist/cli.js is executable').not.toBe(0)
  })

  it('declares no runtime dependencies: the bundle holds them', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.bin).toEqual({ 'eksctl-preflight': 'dist/cli.js' })
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
    expect(pkg.repository.url).toMatch(/github\.com\/.+\/.+\.git$/) // npm publish --provenance checks it
  })

  it('the packed CLI runs on its own: version, validate, and the analyzer with its worker thread', () => {
    const result = pack(['--pack-destination', dir])
    execFileSync('tar', ['-xzf', path.join(dir, result.filename), '-C', dir])
    const unpacked = path.join(dir, 'package')
    expect(readdirSync(unpacked)).not.toContain('node_modules')
    const cli = path.join(unpacked, 'dist', 'cli.js')
    expect(statSync(cli).mode & 0o111).not.toBe(0)
    const env = { PATH: path.dirname(process.execPath), HOME: dir }
    const version = spawnSync(cli, ['--version'], {
      encoding: 'utf8',
      env: { ...env, PATH: `${env.PATH}:/usr/bin:/bin` }
    })
    expect(version.stdout).toMatch(/^eksctl-preflight \d+\.\d+\.\d+/)
    const config = path.join(repoRoot, 'examples', 'karpenter-cluster.yaml')
    const validate = spawnSync(process.execPath, [cli, 'validate', config, '--eksctl-version', '0.230.0'], {
      cwd: dir,
      encoding: 'utf8',
      env
    })
    expect(validate.status, validate.stderr).toBe(0)
    expect(validate.stdout).toContain('valid for eksctl 0.230.0')
    const log = path.join(dir, 'karpenter.log')
    writeFileSync(
      log,
      '{"level":"INFO","time":"2024-06-01T10:00:00.000Z","logger":"controller","message":"launched nodeclaim",' +
        '"commit":"490ef94","NodeClaim":{"name":"default-abc"},"provider-id":"aws:///us-west-2a/i-0123456789abcdef0",' +
        '"instance-type":"m5.large","zone":"us-west-2a","capacity-type":"on-demand"}\n'
    )
    const analyze = spawnSync(process.execPath, [cli, 'karpenter', 'analyze', log, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...env, EKSCTL_PREFLIGHT_ANALYZE_WORKER: 'on' }
    })
    expect(analyze.status, analyze.stderr).toBe(0)
    expect(JSON.parse(analyze.stdout).launches[0].instanceId).toBe('i-0123456789abcdef0')
  })
})
