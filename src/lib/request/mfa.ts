// The request's MFA box from the principal: a user signs in with MFA only when they have an MFA device, so the
// form starts from what the principal has, and ticking MFA for a user without a device is a visible what-if.
import {
  resolveScenarioPrincipal,
  rootMfaActive,
  userMfaActive,
  type Environment,
  type Scenario,
} from '../../engine/index'

/** A principal that signs in itself (a user or the root user) and whether it has an MFA device. */
export interface PrincipalMfa {
  kind: 'user' | 'root'
  /** The user's name, or the account ID for the root user. */
  name: string
  hasDevice: boolean
}

/** Whether `principal` (as the form holds it) is a user or root user of the scenario, and has an MFA device. */
export function principalMfa(scenario: Scenario, principal: string): PrincipalMfa | undefined {
  if (!principal.trim()) return undefined
  try {
    const p = resolveScenarioPrincipal(scenario, principal)
    if (p.kind === 'user' && p.user) return { kind: 'user', name: p.name, hasDevice: userMfaActive(p.user) }
    if (p.kind === 'root' && p.account !== undefined) {
      const account = scenario.accounts.find((a) => a.id === p.account)
      if (account) return { kind: 'root', name: p.account, hasDevice: rootMfaActive(account.root) }
    }
  } catch {
    // Text that names no principal: nothing to say about MFA.
  }
  return undefined
}

/**
 * `env` with the MFA box set from the principal. A user (or root user) without an MFA device signs in without MFA:
 * `mfa: false`. One with a device starts as the scenario's environment says: a device does not mean the request was
 * made with it (requests signed with access keys carry no MFA), and the form then asks what "Run all expectations"
 * asks. Other principals (roles; sessions carry their own MFA) keep `env` as it is.
 */
export function mfaFromPrincipal(scenario: Scenario, principal: string, env: Environment): Environment {
  const who = principalMfa(scenario, principal)
  if (!who) return env
  if (!who.hasDevice) return { ...env, mfa: false }
  const next = { ...env }
  const byDefault = scenario.environment?.mfa
  if (byDefault === undefined) delete next.mfa
  else next.mfa = byDefault
  return next
}

/** The principal the request pretends has MFA: MFA is ticked for a user (or root user) without a device. */
export function mfaWhatIf(scenario: Scenario, principal: string, env: Environment): PrincipalMfa | undefined {
  if (env.mfa !== true) return undefined
  const who = principalMfa(scenario, principal)
  return who && !who.hasDevice ? who : undefined
}
