// `eksctl-preflight schema` (one release's ClusterConfig JSON Schema) and `eksctl-preflight fields` (in which
// releases a field, or a field=value, exists).
import {
  UnknownReleaseError,
  enumValueHistory,
  fieldHistory,
  listReleases,
  resolveRelease,
  schemaForRelease,
  type ReleaseRange
} from '../schemas/index.js'
import { codeCheckedValueHistory } from '../rules/value-history.js'
import { suggestFieldPath } from '../validate/suggest.js'
import { parseCommandArgs, seeHelp } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, UsageError, writeOut, type CliCommand } from './io.js'

const SCHEMA_HELP = `Usage: eksctl-preflight schema --eksctl-version V [--no-corrections]

Prints the ClusterConfig JSON Schema (draft-07) of eksctl release V: 0.112.0,
v0.112.0, 0.112.3 (the nearest lower patch), 0.150.0-rc.1, 0.149.0-dev+…, a
newer release (the newest known is used) or "latest". Where eksctl's own schema
disagrees with its loader, the schema is corrected unless --no-corrections is
given. Use the output as a yaml-language-server $schema in your editor.
`

const FIELDS_HELP = `Usage: eksctl-preflight fields PATH[=VALUE]… [--format text|json]
                                             [--no-corrections]

Prints the eksctl releases in which a ClusterConfig field exists (PATH:
iamIdentityMappings, managedNodeGroups[].taints, iam.podIdentityAssociations)
or an enum value is accepted (managedNodeGroups[].amiFamily=AmazonLinux2023).
Values eksctl checks in code, not in its schema (metadata.version=1.24), are
answered from the data of the rule that checks them. For a path in no known
release it suggests the closest path that some release has.
Exit code 0, or 1 when a path or value is in no known release.
`

export const schemaCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(SCHEMA_HELP)
    return EXIT_OK
  }
  const { values, positionals } = parseCommandArgs(
    args,
    {
      allowPositionals: true,
      options: { 'eksctl-version': { type: 'string' }, 'no-corrections': { type: 'boolean', default: false } }
    },
    'schema'
  )
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"${seeHelp('schema')}`)
  const requested = values['eksctl-version']
  if (!requested) throw new UsageError(`--eksctl-version is required${seeHelp('schema')}`)
  let choice
  try {
    choice = resolveRelease(requested)
  } catch (error) {
    if (error instanceof UnknownReleaseError) throw new UsageError(error.message)
    throw error
  }
  if (choice.approximated && choice.note) io.stderr(`eksctl-preflight schema: ${choice.note}\n`)
  const schema = schemaForRelease(choice.release.version, { corrections: !values['no-corrections'] })
  writeOut(io, JSON.stringify(schema, null, 2) + '\n', true)
  return EXIT_OK
}

interface FieldReport {
  path: string
  value?: string
  ranges: Array<ReleaseRange & { fromDate: string; toDate: string | null; removedIn: string | null }>
  /** For a path in no known release: the closest path that some release has (`PATH=VALUE` for a value). */
  suggestion?: string
  /** For a value eksctl checks in code (not in its schema): the rule whose data answered. */
  checkedBy?: string
  /** How that check decides (static lists, dated data). */
  note?: string
}

function describe(report: FieldReport): string {
  const name = report.value === undefined ? report.path : `${report.path}=${report.value}`
  const releases = listReleases()
  const [oldest, newest] = [releases[0]!, releases[releases.length - 1]!]
  if (!report.ranges.length) {
    const none = `${name}: in no known release (${oldest.version} … ${newest.version})`
    if (report.checkedBy) return `${none} — ${report.note} (${report.checkedBy})`
    if (report.suggestion) return `${none}; did you mean ${report.suggestion}?`
    return `${none}${report.value === undefined ? '' : '; the field may exist without this value'}`
  }
  const verb = report.value === undefined ? 'added' : 'accepted'
  const parts = report.ranges.map((r) => {
    const start =
      r.from === oldest.version
        ? `present since ${r.from} (${r.fromDate}, the first release with a schema)`
        : `${verb} in ${r.from} (${r.fromDate})`
    if (r.to === null) return start
    const end = r.removedIn
      ? `removed in ${r.removedIn} (${releases.find((x) => x.version === r.removedIn)!.date}; last in ${r.to})`
      : `last in ${r.to}`
    return `${start}, ${end}`
  })
  const how = report.checkedBy ? ` — ${report.note} (${report.checkedBy})` : ''
  return `${name}: ${parts.join('; then ')}${how}`
}

export const fieldsCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(FIELDS_HELP)
    return EXIT_OK
  }
  const { values, positionals } = parseCommandArgs(
    args,
    {
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, 'no-corrections': { type: 'boolean', default: false } }
    },
    'fields'
  )
  const format = values.format
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`)
  if (!positionals.length) throw new UsageError(`give at least one field path${seeHelp('fields')}`)
  const corrections = !values['no-corrections']
  const releases = listReleases()
  const dateOf = (v: string) => releases.find((r) => r.version === v)!.date
  const reports: FieldReport[] = positionals.map((arg) => {
    const eq = arg.indexOf('=')
    const path = eq < 0 ? arg : arg.slice(0, eq)
    const value = eq < 0 ? undefined : arg.slice(eq + 1)
    let ranges: ReleaseRange[]
    try {
      ranges =
        value === undefined ? fieldHistory(path, { corrections }) : enumValueHistory(path, value, { corrections })
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    // A value the schema does not enumerate but eksctl checks in code: the rule's own data answers.
    const coded = value !== undefined && !ranges.length ? codeCheckedValueHistory(path, value, releases) : null
    if (coded) ranges = coded.ranges
    // A path no release has (a typo): the closest one that some release has.
    const missing =
      value === undefined || coded
        ? !ranges.length && !coded
        : !ranges.length && !fieldHistory(path, { corrections }).length
    const suggested = missing ? suggestFieldPath(path, { corrections }) : null
    return {
      path,
      ...(value === undefined ? {} : { value }),
      ...(suggested === null ? {} : { suggestion: value === undefined ? suggested : `${suggested}=${value}` }),
      ...(coded ? { checkedBy: coded.checkedBy, note: coded.note } : {}),
      ranges: ranges.map((r) => {
        const next = r.to === null ? null : releases[releases.findIndex((x) => x.version === r.to) + 1]
        return {
          ...r,
          fromDate: dateOf(r.from),
          toDate: r.to === null ? null : dateOf(r.to),
          removedIn: next ? next.version : null
        }
      })
    }
  })
  if (format === 'json') writeOut(io, JSON.stringify(reports, null, 2) + '\n', true)
  else io.stdout(reports.map((r) => describe(r) + '\n').join(''))
  return reports.some((r) => r.ranges.length === 0) ? EXIT_FINDINGS : EXIT_OK
}
