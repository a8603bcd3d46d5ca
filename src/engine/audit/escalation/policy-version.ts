import { policyArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import { rewritten } from './changes'
import { gainThrough } from './held-policies'
import type { Technique } from './technique'

/**
 * A new default version, allowing everything, of a customer managed policy attached to it, its groups, or a role of
 * its account it can assume (`CreatePolicyVersion` with `SetAsDefault` needs no `iam:SetDefaultPolicyVersion`).
 */
export const policyVersion: Technique<'policy'> = {
  id: 'policyVersion',
  actions: ['iam:CreatePolicyVersion'],
  target: 'policy',
  checks:
    '`iam:CreatePolicyVersion` on a customer managed policy attached to it, to one of its groups, or to a role of its account it can assume',
  gains: 'every permission the boundaries and SCPs of the identity it is attached to let through',
  find(ctx, policy) {
    if (!ctx.may('iam:CreatePolicyVersion', policyArn(ctx.scenario, policy))) return undefined
    const through = gainThrough(ctx, policy, rewritten(ctx.scenario, policy))
    if (!through) return undefined
    return {
      params: { target: policy.name, holder: through.holder.name, gained: powerText(through.gained) },
      target: identityEntity(ctx.scenario, 'policy', policy),
      gained: through.gained,
    }
  },
}
