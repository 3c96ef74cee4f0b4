// Short descriptions and help of rule ids, for SARIF `tool.driver.rules` and the README table.
// Checks that define rule ids elsewhere (the loader, the rules engine) register theirs with registerRules().

export interface RuleInfo {
  id: string
  /** One line: what the rule reports. */
  summary: string
  /** What to do about it (plain text; Markdown allowed in helpMarkdown). */
  help: string
}

const catalog = new Map<string, RuleInfo>()

export function registerRules(rules: readonly RuleInfo[]): void {
  for (const rule of rules) catalog.set(rule.id, rule)
}

/** The rule's info; a generic entry for ids nobody registered (the finding's message explains it). */
export function ruleInfo(id: string): RuleInfo {
  return (
    catalog.get(id) ?? {
      id,
      summary: `eksctl-preflight check ${id}`,
      help: 'See the finding message and the eksctl-preflight README.'
    }
  )
}

export const SCHEMA_RULES = {
  unknownField: 'schema/unknown-field',
  fieldNameCase: 'schema/field-name-case',
  enumValue: 'schema/enum-value',
  type: 'schema/type',
  required: 'schema/required',
  oneOf: 'schema/one-of',
  pattern: 'schema/pattern',
  constraint: 'schema/constraint'
} as const

registerRules([
  {
    id: SCHEMA_RULES.unknownField,
    summary: 'A field the target eksctl release does not know (eksctl fails with `json: unknown field`).',
    help:
      'If the field exists in a later release, upgrade eksctl to at least the release named in the message. ' +
      'If it was removed, use its replacement. Otherwise it is a typo: the message suggests the closest known field.'
  },
  {
    id: SCHEMA_RULES.fieldNameCase,
    summary:
      'A field name spelt with other letter case (`xray` for `xRay`): eksctl accepts it, then ignores its value (warning).',
    help:
      "eksctl checks for unknown fields with Go's encoding/json, which matches names whatever their case, and then " +
      'decodes the file again with exact names, where the misspelt key is skipped. Write the spelling the message names.'
  },
  {
    id: SCHEMA_RULES.enumValue,
    summary: 'A value that is not one of the values the target release allows.',
    help: 'Use one of the listed values, or upgrade eksctl to the release named in the message.'
  },
  {
    id: SCHEMA_RULES.type,
    summary: 'A value of the wrong type (e.g. an unquoted `version: 1.30` is a number, eksctl needs a string).',
    help: 'Write the value with the expected type; quote numbers and YAML 1.1 booleans (yes/no/on/off) meant as strings.'
  },
  {
    id: SCHEMA_RULES.required,
    summary: 'A field the target release requires is missing.',
    help: 'Add the field named in the message.'
  },
  {
    id: SCHEMA_RULES.oneOf,
    summary: 'A value that matches none of the forms the field allows.',
    help: 'Write the value in one of the forms listed in the message.'
  },
  {
    id: SCHEMA_RULES.pattern,
    summary: 'A string that does not have the format the field requires.',
    help: 'Write the value in the format given in the message.'
  },
  {
    id: SCHEMA_RULES.constraint,
    summary: 'A value outside a limit of the schema (length, number range, item count…).',
    help: 'Change the value so it meets the limit in the message.'
  }
])
