// `eksctl-preflight validate [files…]`: the CLI shell over validateFiles.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { parseCommandArgs, seeHelp } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, writeOut, type CliCommand, type CliIO } from './io.js'
import { failsOn, type FailOn, type ValidationReport } from '../report/model.js'
import { renderText } from '../report/text.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderGithub } from '../report/github.js'
import { writeFileAtomic } from '../report/write.js'
import { cliWords, InputError, NoInstalledEksctlError, splitList, validateFiles } from '../validate/index.js'

export const VALIDATE_HELP = `Usage: eksctl-preflight validate [files…] [options]

Validates eksctl ClusterConfig files against an eksctl release. Files are read
wherever they are and shown as you name them; a glob (.yaml, .yml, .json) or a
folder stays inside the folder it starts from. - reads stdin.

Options:
  --eksctl-version V  installed (default: \`eksctl version\` from PATH),
                      latest (the newest known release), or a release such as
                      0.230.0 or v0.112.0
  --format F          text (default), json, sarif, or github (workflow commands)
  --fail-on S         error (default), warning or never: what exits 1
  -q, --quiet         text: only the findings that fail (see --fail-on)
  --envsubst          expand \${VAR} placeholders from the environment first
                      (an unset variable is an error)
  --rules IDS         rule ids or groups to enable (comma-separated)
  --ignore-rules IDS  rule ids or groups to turn off, e.g. schema/unknown-field
  --karpenter-version V
                      the Karpenter version the cluster is prepared for
                      (e.g. 1.0.11, installed with Helm); turns on the
                      karpenter rule group
  --sarif-file F      also write a SARIF 2.1.0 report to F
  --workspace DIR     read only files inside DIR (also through symlinks) and
                      show paths relative to it, as the GitHub Action does
  --allow-no-clusterconfig
                      no error when none of the files is a ClusterConfig
                      (for hooks that pass whatever YAML changed)
  --no-color          no colour (also NO_COLOR=1; none in a pipe or file)
  -h, --help          this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on,
2 usage or input error.
`

const FORMATS = ['text', 'json', 'sarif', 'github'] as const
type Format = (typeof FORMATS)[number]
const FAIL_ON = ['error', 'warning', 'never'] as const

const renderers: Record<Exclude<Format, 'text'>, (r: ValidationReport) => string> = {
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub
}

/** Whether the eksctl on PATH was installed by Homebrew (then `brew upgrade eksctl` is the upgrade to suggest). */
function eksctlFromHomebrew(env: Record<string, string | undefined>): boolean {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    try {
      const real = realpathSync(path.join(dir, 'eksctl'))
      return /\/(?:Cellar|homebrew|linuxbrew)\//i.test(real)
    } catch {
      continue
    }
  }
  return false
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
        quiet: { type: 'boolean', short: 'q', default: false },
        'allow-no-clusterconfig': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    },
    'validate'
  )
  if (values.help) {
    io.stdout(VALIDATE_HELP)
    return EXIT_OK
  }
  if (!positionals.length) throw new UsageError(`name the files to validate (or - for stdin)${seeHelp('validate')}`)
  const format = oneOf('--format', values.format, FORMATS)
  const failOn: FailOn = oneOf('--fail-on', values['fail-on'], FAIL_ON)
  // Without --workspace the CLI reads what it is given (FileScope as-given); with it, as the action does.
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  let report: ValidationReport
  try {
    report = await validateFiles({
      patterns: positionals,
      workspace,
      cwd: io.cwd,
      scope: values.workspace === undefined ? 'as-given' : 'workspace',
      words: cliWords(eksctlFromHomebrew(io.env)),
      noClusterConfig: values['allow-no-clusterconfig'] ? 'notice' : 'error',
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
      io.stderr(
        'eksctl-preflight validate: eksctl was not found on PATH. Name the release to validate against ' +
          '(--eksctl-version 0.230.0, or latest for the newest known), or install eksctl.\n'
      )
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      io.stderr(`eksctl-preflight validate: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  if (values['sarif-file']) writeFileAtomic(path.resolve(io.cwd, values['sarif-file']), renderSarif(report))
  if (format === 'text') io.stdout(renderText(report, { colour: io.colour, quiet: values.quiet, failOn }))
  else writeOut(io, renderers[format](report), true)
  return failsOn(report, failOn) ? EXIT_FINDINGS : EXIT_OK
}
