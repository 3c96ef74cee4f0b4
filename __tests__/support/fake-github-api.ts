// The part of the GitHub REST API the post step asks: the jobs of a run attempt, with their steps.
import { createServer, type Server } from 'node:http'

export interface FakeStep {
  name: string
  status: 'completed' | 'in_progress' | 'queued'
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled' | null
}

export interface FakeGitHubApi {
  url: string
  requests: { path: string; authorization: string | undefined }[]
  close(): Promise<void>
}

/** Serves GET /repos/{repo}/actions/runs/{run}/attempts/{attempt}/jobs; `status` forces an error answer. */
export async function startFakeGitHubApi(options: {
  repository: string
  runId: string
  attempt: string
  runnerName: string
  steps: FakeStep[]
  status?: number
}): Promise<FakeGitHubApi> {
  const requests: FakeGitHubApi['requests'] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ path: url.pathname + url.search, authorization: req.headers.authorization })
    const expected = `/repos/${options.repository}/actions/runs/${options.runId}/attempts/${options.attempt}/jobs`
    res.setHeader('content-type', 'application/json')
    if (options.status) {
      res.statusCode = options.status
      res.end(JSON.stringify({ message: 'Resource not accessible by integration', status: String(options.status) }))
      return
    }
    if (url.pathname !== expected) {
      res.statusCode = 404
      res.end(JSON.stringify({ message: 'Not Found' }))
      return
    }
    const job = (id: number, name: string, runner: string, status: string, steps: FakeStep[]) => ({
      id,
      run_id: Number(options.runId),
      run_attempt: Number(options.attempt),
      name,
      status,
      conclusion: status === 'completed' ? 'success' : null,
      runner_name: runner,
      steps: steps.map((s, i) => ({ ...s, number: i + 1, started_at: '2024-10-04T08:00:00Z', completed_at: null }))
    })
    res.end(
      JSON.stringify({
        total_count: 3,
        jobs: [
          job(1, 'lint', 'GitHub Actions 2', 'completed', [
            { name: 'Run lint', status: 'completed', conclusion: 'failure' }
          ]),
          job(2, 'deploy', options.runnerName, 'in_progress', options.steps),
          job(3, 'deploy-other', 'GitHub Actions 9', 'in_progress', [])
        ]
      })
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
