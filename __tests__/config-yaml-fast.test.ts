// The YAML fast path (src/config/yaml-fast.ts) must give exactly what the full path gives (data, position index,
// placeholder strings, no issues) for every text it accepts, and leave everything else to the full path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseYaml, parseYamlFull, yamlFastPath } from '../src/config/yaml.js'
import { surelyString } from '../src/config/yaml-fast.js'
import { fixtures } from './config-helpers.js'
import { repoRoot, sharedDir as shared } from './support/paths.js'

function sorted<V>(m: Map<string, V>): [string, V][] {
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/** parseYaml (fast path first) and parseYamlFull agree. */
function agree(text: string): void {
  const full = parseYamlFull(text)
  const got = parseYaml(text)
  expect(got.ok).toBe(full.ok)
  expect(got.empty).toBe(full.empty)
  expect(got.data).toStrictEqual(full.data)
  expect(got.issues).toStrictEqual(full.issues)
  expect([...got.strings]).toStrictEqual([...full.strings])
  expect(sorted(got.index)).toStrictEqual(sorted(full.index))
}

const isFast = (text: string): boolean => yamlFastPath(text) !== null

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return yamlFiles(full)
    return /\.ya?ml$/.test(name) ? [full] : []
  })
}

describe('YAML fast path: same result as the full parser', () => {
  it('on the repository fixtures and examples', () => {
    const files = [...yamlFiles(fixtures), ...yamlFiles(path.join(repoRoot, 'examples'))]
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) agree(readFileSync(file, 'utf8'))
  })

  describe.skipIf(!existsSync(path.join(shared, 'eksctl-examples')))(
    'on the eksctl examples (needs ../shared/eksctl-examples)',
    () => {
      it('all 48 take the fast path and match', () => {
        const files = yamlFiles(path.join(shared, 'eksctl-examples'))
        expect(files.length).toBeGreaterThanOrEqual(48)
        let fast = 0
        for (const file of files) {
          const text = readFileSync(file, 'utf8')
          agree(text)
          if (isFast(text)) fast++
        }
        expect(fast).toBe(files.length)
      })

      it('with comment lines, blank lines, inline comments and trailing spaces inserted (fast-check)', () => {
        const texts = yamlFiles(path.join(shared, 'eksctl-examples')).map((f) => readFileSync(f, 'utf8'))
        const edit = fc.record({
          line: fc.nat(200),
          what: fc.constantFrom('comment', 'blank', 'inline', 'spaces', 'indent'),
          indent: fc.nat(10)
        })
        fc.assert(
          fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 5 }), (i, changes) => {
            const lines = texts[i]!.split('\n')
            for (const c of changes) {
              const at = c.line % lines.length
              if (c.what === 'comment') lines.splice(at, 0, `${' '.repeat(c.indent)}# note`)
              else if (c.what === 'blank') lines.splice(at, 0, ' '.repeat(c.indent % 2))
              else if (c.what === 'inline') lines[at] += ' # inline'
              else if (c.what === 'spaces') lines[at] += '  '
              else lines[at] = ' '.repeat(c.indent % 3) + lines[at]
            }
            agree(lines.join('\n'))
          }),
          { numRuns: Number(process.env.FAST_RUNS ?? 300) }
        )
      })
    }
  )

  it('on hand-written edge cases', () => {
    const cases = [
      'a: 1\n',
      'a:\n  b: foo # c1\n  # c2\n\n  c:\n    - x # c3\n    - "y"  # c4\n  # c5\n# c6\nd: |\n  line1\n\n  line2\n\n# c7\ne: [a, "b"]  # c8\nf: {x: 1}\ng:\nh: 1',
      'x:\n  a:\n    b: 1\n    # inner\n  # comment\n# top\ny:\n  - a: 1\n    # c\n  # d\nz: 2\n',
      'x:\n  a:\n    b: 1\n\n# top\ny: 1\n',
      'x:\n  a:\n    b: 1\n  # mid\ny: 1\n',
      'x:\n  a:\n    b: 1\n\n    # deep\n  c: 1\n',
      'x:\n  - a: 1\n    # deep\n\n    # deep2\n  - b: 1\n',
      'k:\n- a\n- b\nj: 1\n',
      '---\na: yes\nb: No\nc: on\nd: ~\ne: 0777\nf: 0x1F\ng: 1_000\nh: .inf\ni: 2001-12-14\nj: 12:30:00\nk: 1e3\n',
      'yes: 1\n1: a\nnull: b\n"q": c\n\'s\': d\n',
      'a: "esc \\" \\\\ \\n \\u00e9 \\t"\nb: \'it\'\'s\'\nc: "\\x41"\n',
      'a: |-\n  x\n  y\n\nb: |\n    deep\n  bad\n',
      'a: |\n  x\n',
      'a: |\n  x',
      'a: >\n  folded\n',
      'a: b: c\n',
      'a: plain\n  continued\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: 1\na: 2\n',
      'a: 1\n---\nb: 2\n',
      'a:\n    b: 1\n  c: 2\n',
      'a:\tb\n',
      'a: [1, [2]]\n',
      'a: [1, 2,]\n',
      'a: {b: 1, b: 2}\n',
      'a: {b: 1, c: "x"} # t\n',
      '__proto__: 1\nb: {__proto__: 2}\n',
      'a: # note\n  b: 1\n',
      'a: # note\nb: 1\n',
      '- a\n- b\n',
      'a\n',
      '',
      '# only a comment\n',
      'a: "${VAR}"\nb: ${X}-y\n',
      'a:\n  - - x\n',
      'a:\n  -\n  - b\n',
      'a: "x" y\n',
      "a: 'x' # c\n",
      'a: -1\nb: - x\n',
      'a: x #c\nb: x#c\n',
      'a: 1\r\nb: 2\r\n',
      '\ufeffa: 1\n',
      'a: "unterminated\n',
      'a.b/c-d: 1\nkubernetes.io/role/elb: "1"\n'
    ]
    for (const text of cases) agree(text)
  })

  it('on generated configs with comments and blank lines inserted (fast-check)', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'yes',
        'no',
        'on',
        'off',
        'y',
        'N',
        'true',
        'False',
        '~',
        'null',
        '0777',
        '0x1F',
        '1_000',
        '1e3',
        '.5',
        '.inf',
        '2001-12-14',
        '12:30:00',
        '- a',
        'a: b',
        '#x',
        'a #b',
        'a#b',
        '"q"',
        "it's",
        '${VAR}',
        ' lead',
        'trail ',
        '',
        'line\nbreak',
        'tab\tbed',
        '[x]',
        '{y}',
        '*z',
        '&w',
        '!t',
        '|',
        '>',
        '%',
        '@',
        '`',
        'é ü',
        'arn:aws:iam::123:role/x',
        'us-west-2a',
        'm5.large',
        '1.30',
        '10.0.0.0/16'
      ),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null)
    )
    const key = fc.oneof(
      fc.constantFrom('name', 'region', 'version', 'nodeGroups', 'iam', 'labels', 'a/b', 'x~y', 'yes', '1', 'null'),
      fc.string({ minLength: 1, maxLength: 8 })
    )
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 5 })
      )
    }))
    const root = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 6 })
    const style = fc.record({
      flowLevel: fc.constantFrom(-1, -1, 1, 2),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      version: fc.constantFrom('1.1' as const, '1.2' as const),
      lineWidth: fc.constantFrom(0, 40, 80)
    })
    const edits = fc.array(
      fc.record({
        line: fc.nat(60),
        what: fc.constantFrom('comment', 'blank', 'inline', 'marker'),
        indent: fc.nat(8)
      }),
      { maxLength: 4 }
    )
    let fast = 0
    let runs = 0
    fc.assert(
      fc.property(root, style, edits, (data, opts, changes) => {
        let text: string
        try {
          text = stringify(data, {
            version: opts.version,
            indent: opts.indent,
            indentSeq: opts.indentSeq,
            lineWidth: opts.lineWidth,
            ...(opts.flowLevel >= 0 ? { collectionStyle: 'block' } : {})
          })
        } catch {
          return
        }
        const lines = text.split('\n')
        for (const c of changes) {
          const at = Math.min(c.line, lines.length)
          if (c.what === 'comment') lines.splice(at, 0, `${' '.repeat(c.indent)}# note`)
          else if (c.what === 'blank') lines.splice(at, 0, '')
          else if (c.what === 'marker') lines.splice(0, 0, '---')
          else if (lines[at]) lines[at] += ' # inline'
        }
        text = lines.join('\n')
        runs++
        agree(text)
        if (isFast(text)) fast++
      }),
      { numRuns: Number(process.env.FAST_RUNS ?? 400) }
    )
    // The generators reach the fast path (about 1 text in 20: random keys and strings mostly need the full path).
    expect(fast).toBeGreaterThan(runs / 40)
  })
})

describe('YAML fast path: plain scalars that are surely strings', () => {
  const full = (s: string): unknown => (parseYamlFull(`k: ${s}\n`).data as { k: unknown }).k

  it('skips the tag tests only for scalars every YAML 1.1 tag leaves a string', () => {
    for (const s of ['name', 'm5.large', 'us-west-2a', 'ng-1', 'AmazonLinux2023', 'x_1', 'a/b']) {
      expect(surelyString(s), s).toBe(true)
      expect(full(s), s).toBe(s)
    }
    // Letter-first scalars the tags do resolve: null and bool words, exponent-only floats.
    for (const s of ['null', 'Null', 'NULL', 'y', 'N', 'yes', 'No', 'TRUE', 'false', 'on', 'Off', 'e5', 'E-3']) {
      expect(surelyString(s), s).toBe(false)
      expect(typeof full(s), s).not.toBe('string')
    }
  })

  it('agrees with the full parser on generated letter-first scalars (fast-check)', () => {
    const chars = fc.constantFrom(...'abeEfFnNoOtTyYlLsu0123456789_./-+'.split(''))
    const scalar = fc
      .tuple(fc.constantFrom(...'abeEfFnNoOtTyYlLsuxZ'.split('')), fc.array(chars, { maxLength: 6 }))
      .map(([first, rest]) => first + rest.join(''))
    fc.assert(
      fc.property(scalar, (s) => {
        if (surelyString(s)) expect(full(s), s).toBe(s)
      }),
      { numRuns: 3000 }
    )
  })
})
