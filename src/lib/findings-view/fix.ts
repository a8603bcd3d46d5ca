// A finding's one-click fix as an undoable edit of the workspace.
import { applyFix, done, type EditResult, type FindingFix, refuse, type Scenario } from '../../engine/index'
import { t } from '../i18n/index'
import { fixLabel } from './text'

/** The edit a fix makes (refused when it no longer applies: the entity was renamed or deleted meanwhile). */
export function fixEdit(scenario: Scenario, fix: FindingFix): EditResult {
  const next = applyFix(scenario, fix)
  return next === scenario ? refuse(t('findings.fixStale')) : done(next, fixLabel(fix))
}
