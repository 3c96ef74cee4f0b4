// Action shell for install-eksctl: reads the inputs, hands the engine the real @actions/tool-cache, puts the
// binary on PATH and sets the outputs eksctl-path and eksctl-version.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import * as tc from '@actions/tool-cache'
import { tmpdir } from 'node:os'
import { installEksctl } from '../eksctl/install.js'
import { DEFAULT_DOWNLOAD_BASE_URL } from '../eksctl/release-assets.js'
import { listReleases } from '../schemas/index.js'

export interface InstalledEksctl {
  /** The release installed, e.g. '0.230.0'. */
  version: string
  /** Full path of the eksctl binary. */
  binary: string
  /** Set when the release is newer than the newest bundled schema: the binary's own `eksctl utils schema`. */
  schemaFile?: string
  /** What happened that the summary should say (range/latest resolution, fallback, binary schema, cache hit). */
  notes?: string[]
}

/** install-timeout in seconds (a positive number, fractions allowed) → ms. */
function installTimeoutMs(): number {
  const raw = (core.getInput('install-timeout') || '300').trim()
  const seconds = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || !(seconds > 0))
    throw new Error(`install-timeout must be a number of seconds greater than 0, got "${raw}"`)
  return Math.round(seconds * 1000)
}

export async function runInstallStep(): Promise<InstalledEksctl> {
  const timeoutMs = installTimeoutMs()
  // @actions/http-client's agents honour the runner's https_proxy/http_proxy/no_proxy.
  const http = new HttpClient('eksctl-preflight')
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const requested = core.getInput('eksctl-version') || 'installed'
  const downloadBaseUrl = core.getInput('eksctl-download-url') || DEFAULT_DOWNLOAD_BASE_URL
  const toolCacheDir = process.env.RUNNER_TOOL_CACHE
  if (!toolCacheDir) throw new Error('install-eksctl needs RUNNER_TOOL_CACHE (set by every GitHub runner)')

  core.startGroup(`Installing eksctl (eksctl-version: ${requested})`)
  try {
    const result = await installEksctl({
      requested,
      knownReleases: listReleases().map((r) => r.version),
      githubApiUrl: process.env.GITHUB_API_URL,
      githubToken: token || undefined,
      downloadBaseUrl,
      toolCache: tc,
      timeoutMs,
      agentFor: (url) => http.getAgent(url),
      toolCacheDir,
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) }
    })
    core.addPath(result.directory)
    core.setOutput('eksctl-path', result.binary)
    core.setOutput('eksctl-version', result.version)
    const notes = [...result.notes]
    if (result.fromCache) notes.push(`eksctl ${result.version} came from the tool cache (nothing downloaded)`)
    core.info(`eksctl ${result.version} is on PATH: ${result.binary}`)
    return { version: result.version, binary: result.binary, schemaFile: result.schemaFile, notes }
  } finally {
    core.endGroup()
  }
}
