// `eksctl-preflight karpenter analyze FILE…|- [--format text|json|markdown]`: diagnose Karpenter logs (and object
// status files) as launches, problems with fixes, and disruptions. Logs are streamed, so `kubectl logs … | … -`
// works on logs of any size.
import { readdirSync, statSync } from 'node:fs'
import { resolve, join, extname } from 'node:path'
import {
  analyzeSources,
  fileSource,
  renderKarpenterMarkdown,
  renderKarpenterText,
  type LogSource
} from '../karpenter/analyze/index.js'
import { parseCommandArgs, seeHelp } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, writeOut, type CliCommand } from './io.js'

const HELP = `Usage: eksctl-preflight karpenter analyze FILE|DIR|- … [options]

Reads Karpenter controller logs (any version v0.16 … v1.x; plain, stern, CRI,
or kubectl --prefix/--timestamps output) and prints what launched, what failed
with the documented fix, and what was disrupted. - reads standard input:
  kubectl logs -n kube-system -l app.kubernetes.io/name=karpenter --tail=-1 \\
    | eksctl-preflight karpenter analyze -

  FILE                   a log file; *.yaml / *.yml files are Karpenter objects
                         (kubectl get nodeclaims,ec2nodeclasses -o yaml)
  DIR                    every *.log / *.txt (logs) and *.yaml / *.yml
                         (objects) below it, e.g. a collected evidence folder
  --objects FILE         a Karpenter objects file, whatever its name
                         (repeatable)
  --format F             text (default), json or markdown
  --karpenter-version V  version to report when the logs do not tell it
  --fail-on-problems     exit 1 when a problem is found, or when no line of
                         the log input is a Karpenter log line
  -h, --help             this help

Exit codes: 0 analysed (problems found or not, unless --fail-on-problems),
1 problems (or no Karpenter log lines) found with --fail-on-problems,
2 usage error or unreadable input.
`

const LOG_EXT = new Set(['.log', '.txt'])
const OBJECT_EXT = new Set(['.yaml', '.yml'])

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]).map((p) => join(dir, p)).sort()
}

export const karpenterAnalyzeCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        objects: { type: 'string', multiple: true, default: [] },
        'karpenter-version': { type: 'string' },
        'fail-on-problems': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    },
    'karpenter analyze'
  )
  if (values.help) {
    io.stdout(HELP)
    return EXIT_OK
  }
  const format = values.format
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(`--format must be text, json or markdown, not "${format}"${seeHelp('karpenter analyze')}`)
  }
  if (positionals.length === 0)
    throw new UsageError(`expected log files, a directory, or - for stdin${seeHelp('karpenter analyze')}`)

  const logFiles: string[] = []
  const objectFiles: string[] = values.objects.map((f) => resolve(io.cwd, f))
  let stdin = false
  const problems: string[] = []
  for (const arg of positionals) {
    if (arg === '-') {
      if (stdin) throw new UsageError('"-" (stdin) given twice')
      stdin = true
      continue
    }
    const path = resolve(io.cwd, arg)
    let stat
    try {
      stat = statSync(path)
    } catch (error) {
      problems.push(
        `${arg}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`
      )
      continue
    }
    if (stat.isDirectory()) {
      for (const f of walk(path)) {
        const ext = extname(f).toLowerCase()
        if (LOG_EXT.has(ext)) logFiles.push(f)
        else if (OBJECT_EXT.has(ext)) objectFiles.push(f)
      }
    } else if (OBJECT_EXT.has(extname(path).toLowerCase())) objectFiles.push(path)
    else logFiles.push(path)
  }
  for (const f of objectFiles) {
    try {
      statSync(f)
    } catch {
      problems.push(`${f}: no such file`)
    }
  }
  if (problems.length > 0) {
    io.stderr(problems.map((p) => `eksctl-preflight karpenter analyze: cannot read ${p}\n`).join(''))
    return EXIT_USAGE
  }

  const sources: LogSource[] = logFiles.map(fileSource)
  if (stdin) {
    const stream = io.stdinStream()
    sources.push({ name: '<stdin>', stream })
  }
  let report
  try {
    report = await analyzeSources(sources, objectFiles, values['karpenter-version'] ?? null)
  } catch (error) {
    io.stderr(`eksctl-preflight karpenter analyze: cannot read ${(error as Error).message}\n`)
    return EXIT_USAGE
  }
  if (format === 'json') writeOut(io, JSON.stringify(report, null, 2) + '\n', true)
  else if (format === 'markdown') writeOut(io, renderKarpenterMarkdown(report), true)
  else io.stdout(renderKarpenterText(report))
  // An empty input or another program's log (a failed `kubectl logs … | analyze -`) is no clean bill of health.
  if (!report.karpenterLogFound) io.stderr('eksctl-preflight karpenter analyze: no Karpenter log lines found\n')
  return values['fail-on-problems'] && (report.problems.length > 0 || !report.karpenterLogFound)
    ? EXIT_FINDINGS
    : EXIT_OK
}
