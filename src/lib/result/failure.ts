// How a request that fails before evaluation is worded: the failure is the answer, with AWS's error code.
import type { SimulationFailure } from '../../engine/index'
import { timeText } from '../credentials/display'
import { t } from '../i18n/index'

/** The sentence of a failure, e.g. "The request fails before evaluation: the session … expired at … — AWS returns `ExpiredToken`." */
export function failureText(failure: SimulationFailure): string {
  switch (failure.code) {
    case 'expired-token':
      return t('failure.expired-token', { session: failure.session, time: timeText(failure.expiredAt) })
    case 'unknown-session':
      return t('failure.unknown-session', { session: failure.session })
  }
}
