import { groupArn } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import { changed, withAdmin } from './changes'
import { ATTACH_ADMIN } from './grant'
import type { Technique } from './technique'

/** A policy that allows everything, attached to or put on one of its own groups: it is then its own. */
export const grantGroup: Technique<'group'> = {
  id: 'grantGroup',
  actions: ['iam:AttachGroupPolicy', 'iam:PutGroupPolicy'],
  target: 'group',
  checks: 'attaching AdministratorAccess to, or putting an inline policy on, a group it is in',
  gains: 'every permission its permissions boundary and SCPs let through',
  find(ctx, group) {
    if (!ctx.groups.includes(group)) return undefined
    const arn = groupArn(ctx.scenario, group)
    const how = ctx.may('iam:AttachGroupPolicy', arn, ATTACH_ADMIN)
      ? 'iam:AttachGroupPolicy'
      : ctx.may('iam:PutGroupPolicy', arn)
        ? 'iam:PutGroupPolicy'
        : undefined
    if (!how) return undefined
    const gained = ctx.gain(ctx.search.powerIn(changed(ctx.scenario, 'groups', group, withAdmin(group)), ctx.actor))
    if (!gained) return undefined
    return {
      params: { action: how, target: group.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'group', group),
      gained,
    }
  },
}
