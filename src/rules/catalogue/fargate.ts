// Fargate profile rules.
import { asArray, asObject, asString, goQuote, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'

export const fargateRules: RuleDefinition[] = [
  {
    id: 'fargate-profile-fields',
    group: 'fargate',
    summary: 'Each Fargate profile has a name not starting with `eks-` and at least one selector.',
    severity: 'error',
    eksctlMessages: [
      'invalid Fargate profile: empty name',
      'invalid Fargate profile %q: name should NOT start with %q',
      'invalid Fargate profile %q: no profile selector',
      'invalid Fargate profile %q: invalid profile selector at index #%v: %w',
      // errors.Wrapf before 0.195.0: the same text
      'invalid Fargate profile %q: invalid profile selector at index #%v'
    ],
    eksctlParts: ['empty namespace'],
    example: 'fargateProfiles: [{name: eks-default, selectors: [{namespace: default}]}]',
    check(ctx) {
      asArray(ctx.data.fargateProfiles).forEach((item, i) => {
        const fp = asObject(item) ?? {}
        const path = pointer('fargateProfiles', i)
        const name = asString(fp.name)
        if (!name) {
          ctx.report(path, 'invalid Fargate profile: empty name', 'give the profile a `name`.')
          return
        }
        if (name.startsWith('eks-')) {
          ctx.report(
            `${path}/name`,
            `invalid Fargate profile ${goQuote(name)}: name should NOT start with "eks-"`,
            'the `eks-` prefix is reserved by EKS: rename the profile.'
          )
          return
        }
        const selectors = asArray(fp.selectors)
        if (selectors.length === 0) {
          ctx.report(
            path,
            `invalid Fargate profile ${goQuote(name)}: no profile selector`,
            'add `selectors: [{namespace: …}]` to say which pods run on Fargate.'
          )
          return
        }
        const empty = selectors.findIndex((s) => !asString(asObject(s)?.namespace))
        if (empty >= 0) {
          ctx.report(
            pointer('fargateProfiles', i, 'selectors', empty),
            `invalid Fargate profile ${goQuote(name)}: invalid profile selector at index #${empty}: empty namespace`,
            'every selector names the `namespace` whose pods it matches (labels only narrow it down).'
          )
        }
      })
    }
  }
]
