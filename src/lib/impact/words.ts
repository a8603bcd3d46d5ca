// An impact's entries as sentences in the page's language: "jiwoo lost s3:PutObject on arn:aws:s3:::assets/*".
import type { AccessChange } from '../../engine/index'
import { localized, t } from '../i18n/index'

/** How a sentence speaks: of a change made (`made`), or of what Undo would do (`undo`). */
export type ImpactTense = 'made' | 'undo'

/** One change as a sentence, naming its saved request when it is one. */
export function changeSentence(change: AccessChange, tense: ImpactTense = 'made'): string {
  const params = { principal: change.principal.name, action: change.action, resource: change.resource }
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
