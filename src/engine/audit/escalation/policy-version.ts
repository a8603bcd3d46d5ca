import { policyArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import { rewritten } from './changes'
import type { Technique } from './technique'

/** A new default version, allowing everything, of a customer managed policy attached to it or its groups. */
export const policyVersion: Technique<'policy'> = {
  id: 'policyVersion',
  actions: ['iam:CreatePolicyVersion'],
  target: 'policy',
  checks: '`iam:CreatePolicyVersion` on a customer managed policy attached to it or to one of its groups',
  gains: 'every permission its permissions boundary and SCPs let through',
  find(ctx, policy) {
    if (!ctx.may('iam:CreatePolicyVersion', policyArn(ctx.scenario, policy))) return undefined
    const gained = ctx.gain(ctx.search.powerIn(rewritten(ctx.scenario, policy), ctx.actor))
    if (!gained) return undefined
    return {
      params: { target: policy.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'policy', policy),
      gained,
    }
  },
}
