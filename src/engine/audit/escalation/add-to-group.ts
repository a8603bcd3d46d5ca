import { groupArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import { changed } from './changes'
import type { Technique } from './technique'

/** Joining another group of its account (users only). */
export const addToGroup: Technique<'group'> = {
  id: 'addToGroup',
  actions: ['iam:AddUserToGroup'],
  target: 'group',
  checks: '`iam:AddUserToGroup` on a group of its account it is not in (users only)',
  gains: "what the group's policies allow it",
  find(ctx, group) {
    const { actor, scenario } = ctx
    if (actor.kind !== 'user' || !ctx.mentions('iam:AddUserToGroup') || ctx.groups.includes(group)) return undefined
    if (!ctx.may('iam:AddUserToGroup', groupArn(scenario, group))) return undefined
    const joined = { ...actor.entity, groups: [...(actor.entity.groups ?? []), group.name] }
    const gained = ctx.gain(ctx.search.powerIn(changed(scenario, 'users', actor.entity, joined), actor))
    if (!gained) return undefined
    return {
      params: { target: group.name, gained: powerText(gained) },
      target: identityEntity(scenario, 'group', group),
      gained,
    }
  },
}
