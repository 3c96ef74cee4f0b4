// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) with esbuild.
// The output runs with no node_modules present. `node scripts/bundle.mjs --check` rebuilds into a
// temporary folder and fails if the committed dist/ differs (the check-dist step of .ci/run).
import { build } from 'esbuild'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  existsSync,
  mkdirSync,
  cpSync,
  renameSync,
  chmodSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const check = process.argv.includes('--check')
// Build into a fresh folder, then move the files into dist/ one rename each: a test process that runs
// dist/cli.js while another build happens never sees a half-written file.
const outdir = mkdtempSync(join(tmpdir(), 'dist-build-'))

// CJS dependencies inside the ESM bundle call require(); give them one.
const banner = {
  js: "import { createRequire as __preflightCreateRequire } from 'node:module';const require = __preflightCreateRequire(import.meta.url);"
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  loader: { '.json': 'json' }
}

await build({
  ...common,
  entryPoints: {
    index: 'src/index.ts',
    post: 'src/post-index.ts',
    // Parser thread of `karpenter analyze` for large files, started by src/karpenter/analyze/pipeline.ts.
    'karpenter-analyze-worker': 'src/karpenter/analyze/worker.ts'
  },
  outdir,
  splitting: false
})
await build({
  ...common,
  entryPoints: { cli: 'src/cli-index.ts' },
  outdir,
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
})

if (check) {
  const differs = []
  const want = new Set(readdirSync(outdir))
  const have = existsSync('dist') ? new Set(readdirSync('dist')) : new Set()
  for (const f of new Set([...want, ...have])) {
    if (!want.has(f) || !have.has(f)) {
      differs.push(f)
      continue
    }
    if (!readFileSync(join(outdir, f)).equals(readFileSync(join('dist', f)))) differs.push(f)
  }
  // The CLI is run directly (npm's bin link, pre-commit's `language: script`): it must stay executable.
  if (have.has('cli.js') && (statSync(join('dist', 'cli.js')).mode & 0o111) === 0)
    differs.push('cli.js (not executable)')
  if (differs.length) {
    console.error(
      `dist/ is stale: ${differs.join(', ')} differ from a fresh build. Run npm run build and commit dist/.`
    )
    cpSync(outdir, 'dist-expected', { recursive: true })
    process.exit(1)
  }
  rmSync(outdir, { recursive: true, force: true })
  console.log('dist/ is fresh')
} else {
  mkdirSync('dist', { recursive: true })
  const built = new Set(readdirSync(outdir))
  for (const f of readdirSync('dist')) if (!built.has(f)) rmSync(join('dist', f), { recursive: true, force: true })
  for (const f of built) {
    // rename() cannot cross file systems (tmp may be another mount): copy next to the target, then rename.
    const staged = join('dist', `.${f}.tmp-${process.pid}`)
    cpSync(join(outdir, f), staged)
    if (f === 'cli.js') chmodSync(staged, 0o755)
    renameSync(staged, join('dist', f))
  }
  rmSync(outdir, { recursive: true, force: true })
}
