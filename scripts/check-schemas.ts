// Freshness and exactness check of the schema store, run by .ci/run:
//
//   npm run --silent schemas:check -- --from ../shared/eksctl-schemas [--examples ../shared/eksctl-examples]
//
// 1. fresh:  rebuilding from the source folder into a temporary folder gives the committed schemas/ byte for byte.
// 2. lossless: for each of the releases, the store's uncorrected schema equals the normalised raw schema, and the
//    corrected one equals the raw schema with the corrections of src/schemas/corrections.ts applied.
// 3. exact: on the example files plus generated mutations of them, for every release, Ajv on the raw file and Ajv
//    on the shipped schema give the same verdict and the same failing locations: exactly (uncorrected), or up to
//    differences at locations a correction for that release explains (corrected). The one-walk evaluator
//    (compatibleReleases) must agree with Ajv on the shipped corrected schema for every release. The shipped schemas
//    are compiled by createSchemaAjv(), i.e. in Ajv's full strict mode: a strict-mode issue fails the check.
// Exit code 0 when all hold, 1 on any unexplained difference, 2 on bad usage.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse } from 'yaml'
import { buildStore, readSourceReleases, STORE_FILE } from './build-schemas.js'
import { mutationsOf } from './check-schemas-mutations.js'
import { CORRECTIONS, applyCorrections, correctionApplies } from '../src/schemas/corrections.js'
import { normalizeSchema, toJsonSchema } from '../src/schemas/normalize.js'
import { createSchemaAjv, listReleases, schemaForRelease } from '../src/schemas/index.js'
import { compatibleReleases, errorLocation } from '../src/validate/evaluate.js'

const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const fromArg = arg('--from')
if (!fromArg) {
  console.error('usage: npm run schemas:check -- --from DIR [--examples DIR]')
  process.exit(2)
}
const from = resolve(fromArg)
const examplesDir = resolve(arg('--examples') ?? join(from, '..', 'eksctl-examples'))
const started = performance.now()
let failures = 0
const fail = (message: string) => {
  failures++
  if (failures <= 30) console.error(`  ✗ ${message}`)
}

// 1. freshness -------------------------------------------------------------------------------------------------
{
  const tmp = mkdtempSync(join(tmpdir(), 'schemas-check-'))
  const { json } = buildStore(from)
  writeFileSync(join(tmp, STORE_FILE), json)
  const committed = existsSync('schemas') ? readdirSync('schemas') : []
  const fresh = readdirSync(tmp)
  const stale = [...new Set([...committed, ...fresh])].filter(
    (f) =>
      !committed.includes(f) ||
      !fresh.includes(f) ||
      !readFileSync(join('schemas', f)).equals(readFileSync(join(tmp, f)))
  )
  rmSync(tmp, { recursive: true, force: true })
  if (stale.length) {
    console.error(`schemas/ is stale (${stale.join(', ')}): run npm run schemas:build -- --from ${fromArg} and commit`)
    process.exit(1)
  }
  console.log(`schemas/ is fresh (${json.length} bytes)`)
}

// 2. lossless ----------------------------------------------------------------------------------------------------
const source = readSourceReleases(from)
const rawText = new Map<string, string>()
for (const r of source) if (!rawText.has(r.file)) rawText.set(r.file, readFileSync(join(from, r.file), 'utf8'))

/** JSON with sorted keys and sorted `enum`/`required` lists: equal iff the schemas are the same. */
function canonical(value: unknown, key = ''): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v))
    if (key === 'enum' || key === 'required') items.sort()
    return `[${items.join(',')}]`
  }
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], k)}`)
      .join(',')}}`
  return JSON.stringify(value)
}

{
  let compared = 0
  for (const r of source) {
    const normalized = normalizeSchema(JSON.parse(rawText.get(r.file)!))
    const pairs: Array<[string, unknown, unknown]> = [
      ['as shipped', toJsonSchema(normalized), schemaForRelease(r.version, { corrections: false })],
      ['corrected', toJsonSchema(applyCorrections(normalized, r.version)), schemaForRelease(r.version)]
    ]
    for (const [label, want, got] of pairs) {
      compared++
      if (canonical(want) !== canonical(got))
        fail(`${r.version} (${label}): the store's schema differs from the source`)
    }
  }
  console.log(`lossless: ${compared} release schemas equal their normalised (and corrected) source`)
}

// 3. exactness ---------------------------------------------------------------------------------------------------
if (!existsSync(examplesDir)) {
  console.error(`${examplesDir} not found (pass --examples DIR)`)
  process.exit(2)
}
const files = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
const docs: Array<{ name: string; doc: unknown }> = []
for (const f of files) {
  const doc = parse(readFileSync(join(examplesDir, f), 'utf8')) as unknown
  docs.push({ name: f, doc })
  for (const m of mutationsOf(doc)) docs.push({ name: `${f} / ${m.name}`, doc: m.doc })
}

/** Per document: its failing locations (sorted) and the keywords of the errors at each. */
interface Outcome {
  locations: string[]
  keywords: Map<string, Set<string>>
}
/** Outcomes of every document under one compiled schema, cached per distinct schema text. */
const outcomes = new Map<string, Outcome[]>()
function outcomesFor(text: string, compile: (schema: Record<string, unknown>) => ValidateFunction): Outcome[] {
  let out = outcomes.get(text)
  if (!out) {
    const validate = compile(JSON.parse(text))
    out = docs.map(({ doc }) => {
      validate(doc)
      const keywords = new Map<string, Set<string>>()
      for (const e of validate.errors ?? []) {
        const loc = errorLocation(e)
        if (!keywords.has(loc)) keywords.set(loc, new Set())
        keywords.get(loc)!.add(e.keyword)
      }
      return { locations: [...keywords.keys()].sort(), keywords }
    })
    outcomes.set(text, out)
  }
  return out
}
/** The value a JSON pointer designates in a document (undefined when there is none). */
function valueAt(doc: unknown, pointer: string): unknown {
  let here = doc
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (here === null || typeof here !== 'object') return undefined
    here = (here as Record<string, unknown>)[key]
  }
  return here
}
const compileRaw = (schema: Record<string, unknown>) => {
  delete schema.$schema // 0.21.0 declares draft-04, 0.22–0.40 a misspelled draft-07 URI
  return new Ajv({ strict: false, allErrors: true }).compile(schema)
}
const compileShipped = (schema: Record<string, unknown>) => createSchemaAjv().compile(schema)

const releases = listReleases().slice(0, source.length)
const compat = docs.map(({ doc }) => compatibleReleases(doc))
const inRanges = (ranges: ReturnType<typeof compatibleReleases>, version: string) => {
  const i = releases.findIndex((r) => r.version === version)
  return ranges.some(
    (r) =>
      i >= releases.findIndex((x) => x.version === r.from) &&
      (r.to === null || i <= releases.findIndex((x) => x.version === r.to))
  )
}

let pairs = 0
let explainedPairs = 0
let explainedLocations = 0
const byCorrection = new Map<string, number>()
for (const r of source) {
  const raw = outcomesFor(rawText.get(r.file)!, compileRaw)
  const shipped = outcomesFor(JSON.stringify(schemaForRelease(r.version, { corrections: false })), compileShipped)
  const corrected = outcomesFor(JSON.stringify(schemaForRelease(r.version)), compileShipped)
  const active = CORRECTIONS.filter((c) => correctionApplies(c, r.version))
  docs.forEach(({ name, doc }, d) => {
    pairs++
    const a = raw[d]!.locations
    if (a.join('\n') !== shipped[d]!.locations.join('\n'))
      fail(`${r.version} ${name}: as shipped ${JSON.stringify(shipped[d]!.locations)} vs raw ${JSON.stringify(a)}`)
    const b = corrected[d]!.locations
    const diff = [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))]
    if (diff.length) {
      let allExplained = true
      for (const loc of diff) {
        const keywords = raw[d]!.keywords.get(loc) ?? corrected[d]!.keywords.get(loc)!
        const by = active.find(
          (c) => c.explains.test(loc) && (!c.explainsError || c.explainsError(keywords, valueAt(doc, loc)))
        )
        if (by) {
          explainedLocations++
          byCorrection.set(by.id, (byCorrection.get(by.id) ?? 0) + 1)
        } else {
          allExplained = false
          fail(
            `${r.version} ${name}: corrected and raw differ at "${loc}", which no correction for ${r.version} explains`
          )
        }
      }
      if (allExplained) explainedPairs++
    }
    if (inRanges(compat[d]!, r.version) !== (b.length === 0))
      fail(`${r.version} ${name}: compatibleReleases says ${b.length ? 'valid' : 'invalid'}, Ajv says the opposite`)
  })
}

console.log(
  `exactness: ${pairs} (document, release) pairs compared = ${docs.length} documents (${files.length} example files ` +
    `+ ${docs.length - files.length} mutations) × ${source.length} releases; ${outcomes.size} distinct schemas compiled`
)
console.log(
  `  differences explained by corrections: ${explainedPairs} pairs, ${explainedLocations} locations ` +
    `(${[...byCorrection].map(([id, n]) => `${id} ${n}`).join(', ')})`
)
console.log(
  `  evaluator (compatibleReleases) agrees with Ajv on all ${pairs} pairs: ${failures === 0 ? 'yes' : 'see above'}`
)
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
if (failures) {
  console.error(`${failures} unexplained difference(s)`)
  process.exit(1)
}
