import { groupArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { ways } from './attachable'
import { changed } from './changes'
import { GROUP_ACTIONS, grantParams, granted } from './grant'
import type { Technique } from './technique'

/** A policy attached to or put on one of its own groups: it is then its own. */
export const grantGroup: Technique<'group'> = {
  id: 'grantGroup',
  actions: [...GROUP_ACTIONS],
  target: 'group',
  checks:
    'attaching a managed policy (AdministratorAccess, or another its `iam:PolicyARN` conditions allow) to, or putting an inline policy on, a group it is in',
  gains: 'every permission its permissions boundary and SCPs let through (or what the attached policy allows)',
  find(ctx, group) {
    if (!ctx.groups.includes(group)) return undefined
    for (const way of ways(ctx, groupArn(ctx.scenario, group), GROUP_ACTIONS)) {
      const after = changed(ctx.scenario, 'groups', group, granted(group, way))
      const gained = ctx.gain(ctx.search.powerIn(after, ctx.actor))
      if (!gained) continue
      return {
        params: grantParams(way, group.name, gained),
        target: identityEntity(ctx.scenario, 'group', group),
        gained,
      }
    }
    return undefined
  },
}
