// Names a request gives that the scenario does not have: a user, role or session ARN of one of its accounts that
// names no user or role there, and a resource ARN that names no resource of a kind with resource-based policies in
// the scenario. Either is answered as AWS would answer for an entity with no policies, which is rarely what was
// meant (`user/joon` asked when the account has `user/contractors/joon`), so the answer carries a warning with the
// closest names the scenario does have.
import { parseArn, type Arn } from '../match/arn'
import { editDistance } from '../validate/suggest'
import { accountOf, roleArn, sessionArn, userArn } from '../scenario/arns'
import type { Resource, Scenario } from '../scenario/model'
import { isTrustAction, type ResolvedResource } from './resolve-resource'
import type { ResolvedPrincipal, SimulationWarning } from './simulate-types'

/** At most this many suggestions per warning. */
const MAX_SUGGESTIONS = 3
/** Names within this many edits (ignoring case) count as close. */
const MAX_DISTANCE = 2

/** A name the scenario has, and the ARN to suggest for it. */
interface Candidate {
  name: string
  arn: string
  /** Of another kind than asked (a role for a user): suggested only under the very same name. */
  otherKind?: boolean
}

/**
 * The warnings of one request: an unknown principal ({@link principalWarning}), an unknown resource
 * ({@link resourceWarning}); empty when the request names what the scenario has (or what it does not model).
 */
export function requestWarnings(
  scenario: Scenario,
  action: string,
  principal: ResolvedPrincipal,
  resource: ResolvedResource,
): SimulationWarning[] {
  const out: SimulationWarning[] = []
  const who = principalWarning(scenario, principal)
  if (who) out.push(who)
  const what = resourceWarning(scenario, action, resource)
  if (what) out.push(what)
  return out
}

/**
 * Warns about a user, role or session ARN of one of the scenario's accounts that names no user or role there.
 * Principals the scenario does not model are not warned about: service principals, `anonymous`, account roots,
 * identity providers, and principals of accounts outside the scenario. A session the scenario does not list, of a
 * role it has, is no warning either: the answer itself is that failure (`failure.code` `unknown-session`).
 */
export function principalWarning(scenario: Scenario, p: ResolvedPrincipal): SimulationWarning | undefined {
  if (p.known || p.account === undefined) return undefined
  const account = p.account
  if (!scenario.accounts.some((a) => a.id === account)) return undefined
  const inAccount = <T extends { account?: string }>(items: T[] | undefined) =>
    (items ?? []).filter((item) => accountOf(scenario, item) === account)
  const users = inAccount(scenario.users)
  const roles = inAccount(scenario.roles)
  let candidates: Candidate[]
  if (p.kind === 'user' || p.kind === 'role') {
    const user = p.kind === 'user'
    candidates = [
      ...users.map((u) => ({ name: u.name, arn: userArn(scenario, u), otherKind: !user })),
      ...roles.map((r) => ({ name: r.name, arn: roleArn(scenario, r), otherKind: user })),
    ]
  } else if (p.kind === 'session' && !p.role) {
    // A session of a role the account lacks: the same session of the closest roles.
    const session = p.sessionName ?? ''
    candidates = roles.map((r) => ({ name: r.name, arn: sessionArn(account, r.name, session) }))
  } else {
    return undefined
  }
  return { code: 'unknown-principal', arn: p.arn, account, suggestions: closest(p.name, p.arn, candidates) }
}

/**
 * Warns about a resource ARN that names no resource of the scenario when resources of its kind have resource-based
 * policies there (at least one of the scenario's resources of that service and type has a policy; roles, whose
 * trust policy answers `sts:AssumeRole*`, for those actions only): that policy would have taken part. An S3 object
 * is looked for by its bucket, and suggested with its key kept. Resources of accounts outside the scenario, and
 * kinds without resource-based policies in it (IAM users, EC2 instances, ...), are not warned about.
 */
export function resourceWarning(
  scenario: Scenario,
  action: string,
  resource: ResolvedResource,
): SimulationWarning | undefined {
  const { arn } = resource
  if (resource.owner || resource.entry || resource.role || resource.user) return undefined
  if (arn.includes('*') || arn.includes('?')) return undefined
  const parsed = parseArn(arn)
  if (!parsed) return undefined
  if (parsed.account !== '' && !scenario.accounts.some((a) => a.id === parsed.account)) return undefined
  const candidates =
    parsed.service === 'iam' ? roleCandidates(scenario, action, parsed) : resourceCandidates(scenario, parsed)
  if (!candidates) return undefined
  return { code: 'unknown-resource', arn, suggestions: closest(candidates.name, arn, candidates.list) }
}

/** The roles of the ARN's account, for a trust action on a role the account lacks. */
function roleCandidates(scenario: Scenario, action: string, parsed: Arn) {
  if (!isTrustAction(action) || !parsed.resource.startsWith('role/')) return undefined
  const name = parsed.resource.slice(parsed.resource.lastIndexOf('/') + 1)
  const list = (scenario.roles ?? [])
    .filter((r) => accountOf(scenario, r) === parsed.account)
    .map((r) => ({ name: r.name, arn: roleArn(scenario, r) }))
  return { name, list }
}

/** The scenario's resources of the ARN's kind, when one of them has a resource-based policy. */
function resourceCandidates(scenario: Scenario, parsed: Arn) {
  const asked = kindOf(parsed)
  const same: { resource: Resource; name: string }[] = []
  for (const resource of scenario.resources ?? []) {
    const other = parseArn(resource.arn)
    const kind = other && kindOf(other)
    if (kind && kind.type === asked.type && kind.suffix === '' && other.service === parsed.service) {
      same.push({ resource, name: kind.name })
    }
  }
  if (!same.some((s) => s.resource.policy !== undefined)) return undefined
  const list = same.map((s) => ({ name: s.name, arn: s.resource.arn + asked.suffix }))
  return { name: asked.name, list }
}

/**
 * The type, name and sub-resource of an ARN's resource part: `key/1234` is type `key`, name `1234`; a queue or
 * topic (`arn:aws:sqs:REGION:ACCOUNT:NAME`) has type ''; an S3 object is its bucket's type and name, with the key as
 * `suffix` (`/KEY`), since its bucket holds the policy.
 */
function kindOf(arn: Arn): { type: string; name: string; suffix: string } {
  const r = arn.resource
  if (arn.service === 's3') {
    const slash = r.indexOf('/')
    return slash < 0 ? { type: '', name: r, suffix: '' } : { type: '', name: r.slice(0, slash), suffix: r.slice(slash) }
  }
  const cut = r.search(/[:/]/)
  return cut < 0 ? { type: '', name: r, suffix: '' } : { type: r.slice(0, cut), name: r.slice(cut + 1), suffix: '' }
}

/**
 * The ARNs of the candidates closest to `name`, closest first: the same name (on another path, in another region,
 * of the other kind), then names within {@link MAX_DISTANCE} edits that are not mostly edits (so `al` does not
 * suggest `ed`); ties go to the one of the kind asked, then to the ARN closest to `arn`, then alphabetically.
 */
function closest(name: string, arn: string, candidates: Candidate[]): string[] {
  const scored: { arn: string; d: number; other: boolean; arnD: number }[] = []
  for (const c of candidates) {
    if (c.arn === arn) continue
    const d = editDistance(name, c.name, MAX_DISTANCE)
    const close = d === 0 || (d <= MAX_DISTANCE && d < Math.min(name.length, c.name.length) && !c.otherKind)
    if (close) scored.push({ arn: c.arn, d, other: c.otherKind === true, arnD: editDistance(arn, c.arn) })
  }
  scored.sort(
    (a, b) =>
      a.d - b.d || Number(a.other) - Number(b.other) || a.arnD - b.arnD || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0),
  )
  return [...new Set(scored.map((s) => s.arn))].slice(0, MAX_SUGGESTIONS)
}
