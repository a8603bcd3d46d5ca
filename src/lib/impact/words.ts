// An impact's entries as sentences in the page's language: "jiwoo lost s3:PutObject on arn:aws:s3:::assets/*".
import type { AccessChange } from '../../engine/index'
import { localized, t } from '../i18n/index'

/** How a sentence speaks: of a change made (`made`), or of what Undo would do (`undo`). */
export type ImpactTense = 'made' | 'undo'

/** How a sentence names a principal: a user by name (`jiwoo`), a role or session as the matrix labels it (`role/Admin`). */
function principalName(change: AccessChange): string {
  return change.principal.kind === 'user' ? change.principal.name : change.principal.label
}

/** One change as a sentence, naming its saved request when it is one. */
export function changeSentence(change: AccessChange, tense: ImpactTense = 'made'): string {
  const params = { principal: principalName(change), action: change.action, resource: change.resource }
  const key =
    tense === 'undo'
      ? change.change === 'gained'
        ? 'impact.undo.regain'
        : 'impact.undo.lose'
      : change.change === 'gained'
        ? 'impact.gained'
        : 'impact.lost'
  const sentence = t(key, params)
  const title = change.request?.title ?? change.request?.id
  return title === undefined ? sentence : `${sentence} (${t('impact.request', { title: localized(title) })})`
}

/** Whether a change can be asked in the request form as it stands (a wildcard action kept as written cannot). */
export function isAskable(change: AccessChange): boolean {
  return !/[*?]/.test(change.action)
}

/** Changes of one principal on one resource in one direction, read as one sentence (saved requests stay alone). */
export interface ChangeGroup {
  change: AccessChange['change']
  /** The first change of the group: its principal, resource and (for a saved request) request. */
  first: AccessChange
  items: AccessChange[]
}

/** Groups a sorted impact by principal, direction and resource, in the order of first appearance. */
export function groupChanges(changes: readonly AccessChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>()
  changes.forEach((c, i) => {
    const key = c.request ? `request ${i}` : JSON.stringify([c.principal.ref, c.change, c.resource])
    const group = groups.get(key)
    if (group) group.items.push(c)
    else groups.set(key, { change: c.change, first: c, items: [c] })
  })
  return [...groups.values()]
}

/** The sentence of a group of several actions, before its list of actions ("minho lost 7 actions on …:"). */
export function groupSentence(group: ChangeGroup, tense: ImpactTense = 'made'): string {
  if (group.items.length === 1) return changeSentence(group.first, tense)
  const params = { principal: principalName(group.first), resource: group.first.resource, n: group.items.length }
  const key =
    tense === 'undo'
      ? group.change === 'gained'
        ? 'impact.undo.regainMany'
        : 'impact.undo.loseMany'
      : group.change === 'gained'
        ? 'impact.gainedMany'
        : 'impact.lostMany'
  return t(key, params)
}
