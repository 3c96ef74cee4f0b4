// Fargate profile rules.
import { asArray, asObject, asString, goQuote, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'

export const fargateRules: RuleDefinition[] = [
  {
    id: 'fargate-profile-fields',
    group: 'fargate',
    summary: 'Each Fargate profile has a name not starting with `eks-` and at least one selector.',
    since: '0.21.0',
    severity: 'error',
    eksctlMessages: [
      'invalid Fargate profile: empty name',
      'invalid Fargate profile %q: name should NOT start with %q',
      'invalid Fargate profile %q: no profile selector'
    ],
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
        }
        if (asArray(fp.selectors).length === 0) {
          ctx.report(
            path,
            `invalid Fargate profile ${goQuote(name)}: no profile selector`,
            'add `selectors: [{namespace: …}]` to say which pods run on Fargate.'
          )
        }
      })
    }
  }
]
