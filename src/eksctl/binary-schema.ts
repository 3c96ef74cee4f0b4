// A release's ClusterConfig schema taken from its own binary (`eksctl utils schema`, since 0.21.0), cached per
// version under the runner's tool cache so a later step or job on the same runner does not run the binary again.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** `$RUNNER_TOOL_CACHE/eksctl-schema/<version>/schema.json` */
export function binarySchemaPath(toolCacheDir: string, version: string): string {
  return join(toolCacheDir, 'eksctl-schema', version.replace(/^v/, ''), 'schema.json')
}

function checkSchemaText(text: string, origin: string): Record<string, unknown> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${origin} is not JSON: ${(error as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${origin} is not a JSON Schema object`)
  }
  const schema = data as Record<string, unknown>
  if (!('definitions' in schema) && !('$ref' in schema) && !('properties' in schema)) {
    throw new Error(`${origin} is not a ClusterConfig JSON Schema (no definitions, $ref or properties)`)
  }
  return schema
}

export interface BinarySchema {
  file: string
  schema: Record<string, unknown>
  /** true when the file was already cached and the binary was not run. */
  cached: boolean
}

/**
 * The schema `binary` prints with `eksctl utils schema`, stored at binarySchemaPath(toolCacheDir, version). A cached
 * file that parses is reused; the file is written atomically (temporary name, then rename).
 */
export async function binarySchema(options: {
  binary: string
  version: string
  toolCacheDir: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
}): Promise<BinarySchema> {
  const file = binarySchemaPath(options.toolCacheDir, options.version)
  if (existsSync(file)) {
    try {
      return { file, schema: checkSchemaText(readFileSync(file, 'utf8'), file), cached: true }
    } catch {
      // A damaged cache entry: take it again from the binary below.
    }
  }
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      options.binary,
      ['utils', 'schema'],
      {
        env: (options.env ?? process.env) as NodeJS.ProcessEnv,
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true
      },
      (error, out, err) => {
        if (error) {
          const detail = String(err || error.message)
            .trim()
            .slice(0, 500)
          reject(
            new Error(`\`${options.binary} utils schema\` failed (the command exists since eksctl 0.21.0): ${detail}`)
          )
          return
        }
        resolve(String(out))
      }
    )
  })
  const schema = checkSchemaText(stdout, `the output of \`eksctl utils schema\` (eksctl ${options.version})`)
  mkdirSync(join(file, '..'), { recursive: true })
  const staged = `${file}.tmp-${process.pid}`
  try {
    writeFileSync(staged, stdout)
    renameSync(staged, file)
  } finally {
    rmSync(staged, { force: true })
  }
  return { file, schema, cached: false }
}
