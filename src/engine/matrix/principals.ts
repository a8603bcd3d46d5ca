// The principals an access matrix has rows for: the scenario's users, roles (each as a session of itself, the way
// `simulate` treats `role/NAME`), known role sessions and account root users, each named the way people read them.
import { accountOf, roleArn, rootArn, sessionArn, sessionRole, userArn } from '../scenario/arns'
import type { Scenario } from '../scenario/model'

/** The kinds of principal a matrix can have rows for. */
export type MatrixPrincipalKind = 'user' | 'role' | 'session' | 'root'

/** One row of a matrix. */
export interface MatrixPrincipal {
  kind: MatrixPrincipalKind
  /** What `simulate` takes as the request's principal: the entity's ARN. */
  ref: string
  /** How people read it: `user/alice`, `role/Admin`, `assumed-role/Admin/ci`, `root` (+ ` (ACCOUNT)` off the first account). */
  label: string
  account: string
}

/** Every kind, in row order. */
export const MATRIX_PRINCIPAL_KINDS: readonly MatrixPrincipalKind[] = ['user', 'role', 'session', 'root']

/**
 * The scenario's principals of the given kinds, in row order: users, roles, sessions, then the root user of every
 * account (the order of the scenario within each kind). Sessions whose role the scenario lacks are left out, and
 * each ARN has one row.
 */
export function matrixPrincipals(
  scenario: Scenario,
  kinds: readonly MatrixPrincipalKind[] = ['user', 'role', 'root'],
): MatrixPrincipal[] {
  const home = scenario.accounts[0]?.id
  const label = (text: string, account: string) => (account === home ? text : `${text} (${account})`)
  const out: MatrixPrincipal[] = []
  const seen = new Set<string>()
  // A duplicate (two entries of one name, which IAM refuses and the scenario parser reports) gets one row.
  const push = (p: MatrixPrincipal) => {
    if (!seen.has(p.ref)) out.push(p)
    seen.add(p.ref)
  }
  if (kinds.includes('user')) {
    for (const user of scenario.users ?? []) {
      const account = accountOf(scenario, user)
      push({ kind: 'user', ref: userArn(scenario, user), label: label(`user/${user.name}`, account), account })
    }
  }
  if (kinds.includes('role')) {
    for (const role of scenario.roles ?? []) {
      const account = accountOf(scenario, role)
      push({ kind: 'role', ref: roleArn(scenario, role), label: label(`role/${role.name}`, account), account })
    }
  }
  if (kinds.includes('session')) {
    for (const session of scenario.sessions ?? []) {
      const role = sessionRole(scenario, session)
      if (!role) continue
      const account = accountOf(scenario, role)
      const text = `assumed-role/${role.name}/${session.sessionName}`
      push({
        kind: 'session',
        ref: sessionArn(account, role.name, session.sessionName),
        label: label(text, account),
        account,
      })
    }
  }
  if (kinds.includes('root')) {
    for (const { id } of scenario.accounts)
      push({ kind: 'root', ref: rootArn(id), label: label('root', id), account: id })
  }
  return out
}
