// `eksctl-preflight validate [files…]`: the CLI shell over validateFiles.
import path from 'node:path'
import { parseCommandArgs } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io.js'
import { failsOn, type FailOn, type ValidationReport } from '../report/model.js'
import { renderText } from '../report/text.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderGithub } from '../report/github.js'
import { writeFileAtomic } from '../report/write.js'
import { InputError, NoInstalledEksctlError, splitList, validateFiles } from '../validate/index.js'

export const VALIDATE_HELP = `Usage: eksctl-preflight validate [files…] [options]

Validate eksctl ClusterConfig files (globs, .yaml/.yml/.json; - reads stdin) against an eksctl release.

Options:
  --eksctl-version V   installed (default: \`eksctl version\` from PATH), latest (newest known release),
                       or a release such as 0.230.0 or v0.112.0
  --format F           text (default), json, sarif or github (workflow-command annotations)
  --fail-on S          error (default), warning or never: lowest severity that exits 1
  --envsubst           expand \${VAR} placeholders from the environment first (an unset variable is an error)
  --rules IDS          rule ids or groups to enable in addition to the defaults (comma-separated)
  --ignore-rules IDS   rule ids or groups to turn off (comma-separated), e.g. schema/unknown-field
  --karpenter-version V  the Karpenter version the cluster is prepared for (e.g. 1.0.11, installed with Helm);
                       turns on the karpenter rule group, and karpenter-eksctl-minimum checks the guide's minimum
  --sarif-file F       also write a SARIF 2.1.0 report to F
  --workspace DIR      files must lie inside DIR (default: the current directory); paths are shown relative to it
  -h, --help           this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 usage or input error.
`

const FORMATS = ['text', 'json', 'sarif', 'github'] as const
type Format = (typeof FORMATS)[number]
const FAIL_ON = ['error', 'warning', 'never'] as const

const renderers: Record<Format, (r: ValidationReport) => string> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`)
  return value as T
}

export const validateCommand: CliCommand = async (args: string[], io: CliIO) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      allowPositionals: true,
      options: {
        'eksctl-version': { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        envsubst: { type: 'boolean', default: false },
        rules: { type: 'string', multiple: true },
        'ignore-rules': { type: 'string', multiple: true },
        'karpenter-version': { type: 'string' },
        'sarif-file': { type: 'string' },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    },
    `\n\n${VALIDATE_HELP}`
  )
  if (values.help) {
    io.stdout(VALIDATE_HELP)
    return EXIT_OK
  }
  if (!positionals.length) throw new UsageError(`name the files to validate (or - for stdin)\n\n${VALIDATE_HELP}`)
  const format = oneOf('--format', values.format, FORMATS)
  const failOn: FailOn = oneOf('--fail-on', values['fail-on'], FAIL_ON)
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  let report: ValidationReport
  try {
    report = await validateFiles({
      patterns: positionals,
      workspace,
      cwd: io.cwd,
      envsubst: values.envsubst,
      env: io.env,
      readStdin: io.readStdin,
      eksctlVersion: values['eksctl-version'] ?? 'installed',
      rules: {
        enable: splitList(values.rules),
        disable: splitList(values['ignore-rules']),
        karpenterVersion: values['karpenter-version']
      }
    })
  } catch (error) {
    if (error instanceof NoInstalledEksctlError) {
      io.stderr(`eksctl-preflight validate: ${error.message} Here: --eksctl-version 0.230.0 (or latest).\n`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      io.stderr(`eksctl-preflight validate: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  if (values['sarif-file']) writeFileAtomic(path.resolve(io.cwd, values['sarif-file']), renderSarif(report))
  io.stdout(renderers[format](report))
  return failsOn(report, failOn) ? EXIT_FINDINGS : EXIT_OK
}
