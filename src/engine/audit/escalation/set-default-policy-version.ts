import { policyArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import { withDefault } from './changes'
import { gainThrough } from './held-policies'
import type { Technique } from './technique'
import { weight } from './weight'

/**
 * Making an older (or newer) version the default of a customer managed policy attached to it, its groups, or a role
 * of its account it can assume: each non-default version is measured as the default, and the one that gains the
 * most is reported.
 */
export const setDefaultPolicyVersion: Technique<'policy'> = {
  id: 'setDefaultPolicyVersion',
  actions: ['iam:SetDefaultPolicyVersion'],
  target: 'policy',
  checks:
    '`iam:SetDefaultPolicyVersion` on a customer managed policy attached to it, to one of its groups, or to a role of its account it can assume, with a non-default version that allows more',
  gains: 'what that version allows, as far as boundaries and SCPs let it through',
  find(ctx, policy) {
    const others = policy.versions.filter((v) => !v.isDefault)
    if (!others.length || !ctx.may('iam:SetDefaultPolicyVersion', policyArn(ctx.scenario, policy))) return undefined
    let best: { version: string; gained: number; holder: string } | undefined
    for (const version of others) {
      const through = gainThrough(ctx, policy, withDefault(ctx.scenario, policy, version.id))
      if (through && (!best || weight(through.gained) > weight(best.gained)))
        best = { version: version.id, gained: through.gained, holder: through.holder.name }
    }
    if (!best) return undefined
    return {
      params: { target: policy.name, version: best.version, holder: best.holder, gained: powerText(best.gained) },
      target: identityEntity(ctx.scenario, 'policy', policy),
      gained: best.gained,
    }
  },
}
