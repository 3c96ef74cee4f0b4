// `eksctl-preflight upgrade --from A --to B [files…]`: the CLI shell over compareReleases.
import path from 'node:path'
import { parseCommandArgs } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, writeOut, type CliCommand, type CliIO } from './io.js'
import { compareReleases, InputError, type UpgradeReport } from '../upgrade/index.js'
import { renderUpgradeGithub, renderUpgradeJson, renderUpgradeMarkdown, renderUpgradeText } from '../upgrade/render.js'
import { splitList } from '../validate/index.js'

export const UPGRADE_HELP = `Usage: eksctl-preflight upgrade --from A --to B [files…] [options]

What moving eksctl from release A to release B changes. With files (globs, .yaml/.yml/.json; - reads stdin): per
file, each finding that differs (what A says, what B says, the release where it changed, what to do) and the fields
and values B adds where the file configures something. Without files: the changelog of the ClusterConfig schema
and of eksctl's checks between A and B.

Options:
  --from A             installed (\`eksctl version\` from PATH), latest, or a release such as 0.150.0
  --to B               the same forms
  --format F           text (default), json, markdown or github (annotations of the lines B breaks)
  --fail-on F          breaks (default: exit 1 when B breaks a line A accepts) or never
  --envsubst           expand \${VAR} placeholders from the environment first
  --rules IDS          rule ids or groups to enable in addition to the defaults (comma-separated)
  --ignore-rules IDS   rule ids or groups to turn off (comma-separated)
  --workspace DIR      files must lie inside DIR (default: the current directory)
  -h, --help           this help

Exit codes: 0 nothing breaks (or --fail-on never), 1 B breaks something A accepts, 2 usage or input error.
`

const FORMATS = ['text', 'json', 'markdown', 'github'] as const
type Format = (typeof FORMATS)[number]
const FAIL_ON = ['breaks', 'never'] as const

const renderers: Record<Format, (r: UpgradeReport) => string> = {
  text: renderUpgradeText,
  json: renderUpgradeJson,
  markdown: renderUpgradeMarkdown,
  github: (r) => renderUpgradeGithub(r)
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`)
  return value as T
}

export const upgradeCommand: CliCommand = async (args: string[], io: CliIO) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'breaks' },
        envsubst: { type: 'boolean', default: false },
        rules: { type: 'string', multiple: true },
        'ignore-rules': { type: 'string', multiple: true },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    },
    `\n\n${UPGRADE_HELP}`
  )
  if (values.help) {
    io.stdout(UPGRADE_HELP)
    return EXIT_OK
  }
  if (!values.from || !values.to) throw new UsageError(`name both releases: --from A --to B\n\n${UPGRADE_HELP}`)
  const format = oneOf('--format', values.format, FORMATS)
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON)
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  let report: UpgradeReport
  try {
    report = await compareReleases({
      from: values.from,
      to: values.to,
      patterns: positionals,
      workspace,
      cwd: io.cwd,
      envsubst: values.envsubst,
      env: io.env,
      readStdin: io.readStdin,
      rules: { enable: splitList(values.rules), disable: splitList(values['ignore-rules']) }
    })
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`eksctl-preflight upgrade: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  writeOut(io, renderers[format](report), format !== 'text')
  const failed =
    report.messages.some((m) => m.severity === 'error') || (failOn === 'breaks' && report.summary.breaks > 0)
  return failed ? EXIT_FINDINGS : EXIT_OK
}
