// `eksctl-preflight rules`: the rule catalogue (ids, groups, releases, default on/off), to pick values for
// --rules / --ignore-rules and suppression comments.
import { listRules, type RuleInfo } from '../rules/index.js'
import { parseCommandArgs, seeHelp } from './args.js'
import { EXIT_OK, UsageError, writeOut, type CliCommand } from './io.js'

const HELP = `Usage: eksctl-preflight rules [--format text|json] [--group G]

Lists the create-time rules: id, group, the eksctl releases that have the
check, severity, and whether it runs by default (the karpenter group is off
unless enabled with --rules karpenter). Use the ids or groups with
validate --rules / --ignore-rules, or in a comment on the offending line:
  # eksctl-preflight-ignore <rule-id>
`

function releases(rule: RuleInfo): string {
  return rule.until ? `${rule.since} – before ${rule.until}` : `${rule.since}+`
}

export const rulesCommand: CliCommand = async (args, io) => {
  const { values } = parseCommandArgs(
    args,
    {
      options: {
        format: { type: 'string', default: 'text' },
        group: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    },
    'rules'
  )
  if (values.help) {
    io.stdout(HELP)
    return EXIT_OK
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json${seeHelp('rules')}`)
  const all = listRules()
  const rules = values.group ? all.filter((r) => r.group === values.group) : all
  if (rules.length === 0) {
    const groups = [...new Set(all.map((r) => r.group))].join(', ')
    throw new UsageError(`no rule group "${values.group}": groups are ${groups}`)
  }
  if (values.format === 'json') {
    writeOut(io, JSON.stringify(rules, null, 2) + '\n', true)
    return EXIT_OK
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length))
  const groupWidth = Math.max(...rules.map((r) => r.group.length))
  for (const rule of rules) {
    const state = rule.defaultEnabled ? 'on ' : 'off'
    io.stdout(
      `${rule.id.padEnd(idWidth)}  ${rule.group.padEnd(groupWidth)}  ${state}  ${rule.severity.padEnd(7)}  eksctl ${releases(rule)}\n` +
        `${' '.repeat(idWidth + 2)}${rule.summary}\n`
    )
  }
  io.stdout(`\n${rules.length} rules; "off" rules run only when enabled with --rules <id or group>.\n`)
  return EXIT_OK
}
