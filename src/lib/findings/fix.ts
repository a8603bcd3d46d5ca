// A finding's one-click fix as an undoable edit of the workspace.
import { applyFix, type EditResult, type FindingFix, type Scenario } from '../../engine/index'
import { translate } from '../i18n/messages'

/**
 * The edit a fix makes (refused when it no longer applies: the entity was renamed or deleted meanwhile). Its label and
 * refusal are messages (the fix's `findings.fix.KIND`, the app's `findings.fixStale`), worded when shown.
 */
export function fixEdit(scenario: Scenario, fix: FindingFix): EditResult {
  const next = applyFix(scenario, fix)
  if (next === scenario)
    return { ok: false, error: translate('en', 'findings.fixStale'), errorText: { key: 'findings.fixStale' } }
  return { ok: true, scenario: next, label: fix.label, labelText: fix.labelText }
}
