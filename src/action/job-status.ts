// Did the current job fail so far? A post step cannot read `job.status`, so it asks the GitHub REST API for the
// jobs of this run attempt, finds its own job (the in-progress job on this runner) and looks at the steps that
// have finished. Honours GITHUB_API_URL (GHES, and the test stand-in on 127.0.0.1).

export type JobVerdict =
  { state: 'failed'; failedSteps: string[] } | { state: 'passed' } | { state: 'unknown'; reason: string; url: string }

interface ApiStep {
  name: string
  status: string
  conclusion: string | null
  number: number
}

interface ApiJob {
  id: number
  name: string
  status: string
  conclusion: string | null
  runner_name: string | null
  steps?: ApiStep[]
}

export interface JobStatusContext {
  apiUrl: string
  repository: string
  runId: string
  runAttempt: string
  runnerName: string
  token: string
  timeoutMs?: number
}

export function jobStatusContext(env: NodeJS.ProcessEnv, token: string): JobStatusContext | { missing: string[] } {
  const need = { GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_RUN_ID: env.GITHUB_RUN_ID }
  const missing = Object.entries(need)
    .filter(([, v]) => !v)
    .map(([k]) => k)
  if (!token) missing.push('github-token')
  if (missing.length > 0) return { missing }
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY as string,
    runId: env.GITHUB_RUN_ID as string,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    runnerName: env.RUNNER_NAME ?? '',
    token
  }
}

/** The REST endpoint listing the jobs of this run attempt (what the post step asks, and names when it cannot). */
export function jobsApiUrl(ctx: Pick<JobStatusContext, 'apiUrl' | 'repository' | 'runId' | 'runAttempt'>): string {
  return `${ctx.apiUrl}/repos/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}/jobs`
}

async function listJobs(ctx: JobStatusContext): Promise<ApiJob[]> {
  const jobs: ApiJob[] = []
  for (let page = 1; page <= 10; page++) {
    const url = `${jobsApiUrl(ctx)}?per_page=100&page=${page}`
    const response = await fetch(url, {
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${ctx.token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'eksctl-preflight'
      },
      signal: AbortSignal.timeout(ctx.timeoutMs ?? 15_000)
    })
    if (!response.ok) {
      const hint =
        response.status === 403 || response.status === 404
          ? ' (the github-token needs the actions: read permission)'
          : ''
      throw new Error(`GET ${url} answered ${response.status} ${response.statusText}${hint}`)
    }
    const body = (await response.json()) as { total_count?: number; jobs?: ApiJob[] }
    const batch = Array.isArray(body.jobs) ? body.jobs : []
    jobs.push(...batch)
    if (batch.length < 100 || (body.total_count !== undefined && jobs.length >= body.total_count)) break
  }
  return jobs
}

/** Find this job among the run's jobs: in progress on this runner, else the only job in progress. */
export function currentJob(jobs: ApiJob[], runnerName: string): ApiJob | null {
  const running = jobs.filter((j) => j.status === 'in_progress')
  const onRunner = running.filter((j) => runnerName !== '' && j.runner_name === runnerName)
  if (onRunner.length === 1) return onRunner[0]
  return running.length === 1 ? running[0] : null
}

export async function currentJobVerdict(ctx: JobStatusContext): Promise<JobVerdict> {
  let jobs: ApiJob[]
  try {
    jobs = await listJobs(ctx)
  } catch (error) {
    const reason =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
        ? `no answer within ${Math.round((ctx.timeoutMs ?? 15_000) / 1000)} s`
        : error instanceof Error
          ? error.message
          : String(error)
    return { state: 'unknown', reason, url: jobsApiUrl(ctx) }
  }
  const job = currentJob(jobs, ctx.runnerName)
  if (!job) {
    return {
      state: 'unknown',
      reason: `could not tell which of the run's ${jobs.length} job(s) is this one (runner ${ctx.runnerName || 'unnamed'})`,
      url: jobsApiUrl(ctx)
    }
  }
  const failedSteps = (job.steps ?? []).filter((s) => s.conclusion === 'failure').map((s) => s.name)
  return failedSteps.length > 0 ? { state: 'failed', failedSteps } : { state: 'passed' }
}
