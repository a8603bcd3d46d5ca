// "A session of this role", asked about before anyone assumed it: the session a request names, issued at the
// request's time, for questions that mean any session of the role (lesson checks). `simulate` itself refuses a
// session the scenario never issued (`credentials-invalid`): AWS would have no credentials to sign the request with.
import { isoSeconds } from '../scenario/clock'
import type { Scenario, Session } from '../scenario/model'
import { requestEnvironment, requestTime } from './request-context'
import { resolvePrincipal } from './resolve'
import { arnOfRole, indexScenario } from './resolve-lookup'
import { isUnissuedSession } from './simulate'
import type { SimulationRequest } from './simulate-types'

/**
 * The session `request.principal` names, issued at the request's time with no session policies or tags, when it is a
 * session of one of the scenario's roles that the scenario never issued; else undefined. Pass it to `simulate`
 * through `options.sessions` to ask as a session of the role.
 */
export function freshSessionFor(scenario: Scenario, request: SimulationRequest): Session | undefined {
  const ix = indexScenario(scenario)
  const principal = resolvePrincipal(ix, request.principal)
  if (!principal.role || !principal.sessionName || !isUnissuedSession(scenario, principal)) return undefined
  const now = requestTime(requestEnvironment(scenario, request))
  return {
    role: arnOfRole(ix, principal.role),
    sessionName: principal.sessionName,
    issuedAt: isoSeconds(Number.isNaN(now) ? Date.now() : now),
  }
}
