// Validators for the report contracts: our shipped JSON Schema, and the official SARIF 2.1.0 schema.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { repoRoot } from './paths.js'

export function reportSchemaValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas-report/validation-report.schema.json'), 'utf8'))
  return new Ajv({ allErrors: true, strict: true }).compile(schema)
}

/**
 * The OASIS SARIF 2.1.0 (rtm.5) JSON Schema as shipped in the npm package @microsoft/jest-sarif. It is written
 * for draft-04; its only draft-04-only keyword is the top-level `id`, which becomes `$id` for Ajv 8.
 */
export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url)
  const file = path.join(
    path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib/schemas/sarif-2.1.0-rtm.5.json'
  )
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  // One of its patterns is not valid in Unicode mode (`]?` after a group): compile patterns as plain RegExps.
  return new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema)
}

export function upgradeSchemaValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas-report/upgrade-report.schema.json'), 'utf8'))
  return new Ajv({ allErrors: true, strict: true }).compile(schema)
}
