// The `git:` section of eksctl releases before 0.77.0 (Flux v1 bootstrap during `create cluster`).
import { asObject, isSet } from '../context.js'
import type { RuleDefinition } from '../types.js'

export const legacyGitRules: RuleDefinition[] = [
  {
    id: 'legacy-git-fields',
    group: 'cluster',
    summary:
      'The `git:` section (releases before 0.77.0) is not combined with `gitops:` and has `repo.url`, `repo.email`, and `bootstrapProfile.source` when a profile is given.',
    severity: 'error',
    // ErrMustBeSet(…) in the config loader, first missing field only
    eksctlMessages: ['%s must be set', 'git cannot be configured alongside gitops'],
    eksctlParts: ['git.repo.URL', 'git.repo.url', 'git.repo.email', 'git.bootstrapProfile.source'],
    example: 'git: {repo: {url: git@github.com:me/flux.git}}',
    check(ctx) {
      const git = asObject(ctx.data.git)
      if (!git) return
      if (ctx.has('git cannot be configured alongside gitops') && asObject(ctx.data.gitops)) {
        ctx.report('/git', 'git cannot be configured alongside gitops', 'keep one: `gitops.flux` replaces `git`.', {
          part: 'key'
        })
        return
      }
      const repo = asObject(git.repo)
      // 0.21.0–0.37.0 require the repo; later releases check it only when it is given
      const oldEra = ctx.has('git.repo.URL')
      if (!repo && !oldEra) return
      if (!isSet(repo?.url)) {
        ctx.report(
          repo ? '/git/repo' : '/git',
          `git.repo.${oldEra ? 'URL' : 'url'} must be set`,
          'set the URL of the repository Flux syncs from.',
          { part: 'key' }
        )
        return
      }
      if (!isSet(repo?.email)) {
        ctx.report('/git/repo', 'git.repo.email must be set', 'set the email Flux commits with.', { part: 'key' })
        return
      }
      const profile = asObject(git.bootstrapProfile)
      if (profile && !isSet(profile.source)) {
        ctx.report(
          '/git/bootstrapProfile',
          'git.bootstrapProfile.source must be set',
          'name the profile repository (or `app-dev`).',
          { part: 'key' }
        )
      }
    }
  }
]
