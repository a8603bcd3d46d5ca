// Whom last accessed information can be asked about: the scenario's users and roles, and the other IAM callers the
// log names (a role's sessions count for the role); and the name of a policy generated for one of them.
import { arns, type ActivityEvent, type Scenario } from '../../engine/index'

/** A principal to choose: its ARN and a short label (`user/alice`, `role/Deployer`). */
export interface PrincipalChoice {
  arn: string
  label: string
}

/** The label of an IAM ARN: what follows the account (`user/alice`), with the account when it is not `home`. */
export function arnLabel(arn: string, home: string | undefined): string {
  const parts = arn.split(':')
  if (parts.length < 6) return arn
  const rest = parts.slice(5).join(':')
  return parts[4] && parts[4] !== home ? `${parts[4]}:${rest}` : rest
}

/** The principal a record counts for: a session's role, else the caller itself (IAM callers only). */
export function accountablePrincipal(event: ActivityEvent): string | undefined {
  const id = event.userIdentity
  return id.sessionContext?.sessionIssuer?.arn ?? (id.type === 'IAMUser' || id.type === 'Root' ? id.arn : undefined)
}

/** Users, then roles, then other callers of the log, each once. */
export function principalChoices(scenario: Scenario): PrincipalChoice[] {
  const home = scenario.accounts[0]?.id
  const seen = new Set<string>()
  const out: PrincipalChoice[] = []
  const add = (arn: string) => {
    if (seen.has(arn.toLowerCase())) return
    seen.add(arn.toLowerCase())
    out.push({ arn, label: arnLabel(arn, home) })
  }
  for (const u of scenario.users ?? []) add(arns.userArn(scenario, u))
  for (const r of scenario.roles ?? []) add(arns.roleArn(scenario, r))
  for (const e of scenario.activity ?? []) {
    const arn = accountablePrincipal(e)
    if (arn) add(arn)
  }
  return out
}

/** The principal of the last record made by an IAM principal, else the first choice. */
export function defaultPrincipal(scenario: Scenario, choices: readonly PrincipalChoice[]): string | undefined {
  const log = scenario.activity ?? []
  for (let i = log.length - 1; i >= 0; i--) {
    const arn = accountablePrincipal(log[i]!)
    if (arn) return arn
  }
  return choices[0]?.arn
}

/** `alice-least-privilege`: a valid IAM policy name (at most 128 of letters, digits and `+=,.@_-`). */
export function leastPrivilegeName(principalArn: string): string {
  const name = (principalArn.split(/[/:]/).at(-1) ?? '').replace(/[^\w+=,.@-]/g, '-') || 'principal'
  return `${name.slice(0, 128 - '-least-privilege'.length)}-least-privilege`
}
