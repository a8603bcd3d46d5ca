// The expected audit findings of a scenario (`expectFindings`): each names a user or a role of the scenario.
import { type CheckContext, each } from './check'
import { at, q } from './issues'
import { parsePrincipalText } from './lookup'
import { scenarioMessage } from '../messages/scenario'
import { checkPrincipal } from './resources'

/** An expected finding's `principal` is a user or a role (not a session, root or service) that exists. */
export function checkExpectedFindings(ctx: CheckContext): void {
  each(ctx.s.expectFindings, '/expectFindings', (expected, path) => {
    if (expected.principal === undefined) return
    const where = at(path, 'principal')
    const syntax = parsePrincipalText(expected.principal)
    if (syntax?.kind !== 'user' && syntax?.kind !== 'role') {
      ctx.issues.error(where, scenarioMessage('scenario.expectedFindingPrincipal', { text: q(expected.principal) }))
      return
    }
    checkPrincipal(ctx, expected.principal, where)
  })
}
