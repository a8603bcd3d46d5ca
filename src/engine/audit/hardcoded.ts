// `hardcoded-secret`: credentials written into policies, tags or descriptions, where everyone who can read the
// account's configuration (and every copy of it) can read them too.
import { accountOf } from '../scenario/arns'
import type { PolicyBody, Scenario, Tags } from '../scenario/model'
import { type AuditContext, detail, identityEntity, makeFinding } from './context'
import { findSecrets } from './secrets'
import type { Finding, FindingDetail, FindingEntity, FixAction } from './types'
import { HARDCODED_SECRET } from './checks'

/** One place text can hide a secret. */
interface Place {
  entity: FindingEntity
  /** What holds the text: selects the message. */
  where: 'policy' | 'trust' | 'resourcePolicy' | 'tag' | 'description'
  /** The policy's or tag's name (empty where the entity has only one such text). */
  name: string
  text: string
  fix?: FixAction
}

const bodyText = (body: PolicyBody) => (typeof body === 'string' ? body : JSON.stringify(body))

/** Every policy, tag and description of the scenario, with where it is. */
function places(scenario: Scenario): Place[] {
  const out: Place[] = []
  const policy = (entity: FindingEntity, name: string, body: PolicyBody, where: Place['where'] = 'policy') =>
    out.push({ entity, where, name, text: bodyText(body) })
  const tags = (entity: FindingEntity, list: Tags | undefined) => {
    for (const [key, value] of Object.entries(list ?? {})) {
      out.push({
        entity,
        where: 'tag',
        name: key,
        text: `${key}=${value}`,
        fix: { kind: 'remove-tag', entity, key },
      })
    }
  }
  const description = (entity: FindingEntity, text: string | undefined) => {
    if (text) {
      out.push({
        entity,
        where: 'description',
        name: '',
        text,
        fix: { kind: 'remove-description', entity },
      })
    }
  }
  for (const user of scenario.users ?? []) {
    const entity = identityEntity(scenario, 'user', user)
    for (const p of user.inlinePolicies ?? []) policy(entity, p.name, p.document)
    tags(entity, user.tags)
  }
  for (const group of scenario.groups ?? []) {
    const entity = identityEntity(scenario, 'group', group)
    for (const p of group.inlinePolicies ?? []) policy(entity, p.name, p.document)
  }
  for (const role of scenario.roles ?? []) {
    const entity = identityEntity(scenario, 'role', role)
    policy(entity, '', role.trustPolicy, 'trust')
    for (const p of role.inlinePolicies ?? []) policy(entity, p.name, p.document)
    tags(entity, role.tags)
    description(entity, role.description)
  }
  for (const managed of scenario.policies ?? []) {
    const entity = identityEntity(scenario, 'policy', managed)
    for (const v of managed.versions) policy(entity, `${managed.name} ${v.id}`, v.document)
    description(entity, managed.description)
  }
  for (const resource of scenario.resources ?? []) {
    const entity: FindingEntity = { kind: 'resource', name: resource.arn, account: accountOf(scenario, resource) }
    if (resource.policy) policy(entity, '', resource.policy, 'resourcePolicy')
    tags(entity, resource.tags)
  }
  for (const org of scenario.organization?.policies ?? []) {
    policy({ kind: 'org-policy', name: org.name }, org.name, org.document)
  }
  return out
}

/**
 * `hardcoded-secret`: text in a policy (any version), a tag (`key=value`) or a description that the detector of
 * ./secrets.ts matches: an access key ID, a secret access key next to a word like "secret", a private key block or
 * a `password=…` assignment. The AWS documentation's example keys count too: they teach the habit. Tags and
 * descriptions can be removed in one click; a policy needs editing.
 */
export function hardcodedSecrets(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const place of places(ctx.scenario)) {
    const matches = findSecrets(place.text)
    if (matches.length === 0) continue
    const details: FindingDetail[] = matches.map((m) => detail(`secret.${m.kind}`, { excerpt: m.excerpt }))
    out.push(
      makeFinding(
        HARDCODED_SECRET,
        {
          params: { name: place.name },
          variant: place.where,
        },
        [place.entity],
        { suffix: `${place.where}/${place.name}`, details, ...(place.fix ? { fix: place.fix } : {}) },
      ),
    )
  }
  return out
}
