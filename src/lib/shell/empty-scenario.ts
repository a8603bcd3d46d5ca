// The scenario behind "New empty workspace".
import { SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from '../../engine/index'
import { t } from '../i18n/index'

/** The account an empty scenario starts with (AWS's documentation example account). */
export const EMPTY_ACCOUNT_ID = '111122223333'

/** A scenario with one account and nothing in it, titled `title` (by default `Untitled` in the page's language). */
export function emptyScenario(title = t('workspace.untitled')): Scenario {
  return { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, title, accounts: [{ id: EMPTY_ACCOUNT_ID }] }
}
