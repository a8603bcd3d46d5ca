// The resource of a request: its scenario entry, owner account, tags, and the resource-based policy that applies
// (an S3 object uses its bucket's policy, a role's trust policy answers `sts:AssumeRole*`, a KMS key its key policy).
import { resourcePolicyText, sourceMessage } from '../messages/sources'
import { TRUST_ACTIONS } from '../evaluate/evaluate'
import { parseArn, type Arn } from '../match/arn'
import { accountOf } from '../scenario/arns'
import type { PolicyBody, Resource, Role, Scenario, Tags, User } from '../scenario/model'
import type { ResourceMatch } from '../scenario/lookup'
import { arnOfRole, findResource, findRole, findUser, indexScenario, type ScenarioIndex } from './resolve-lookup'
import type { PolicySource } from './simulate-types'

/** The request's resource, resolved against the scenario. */
export interface ResolvedResource {
  arn: string
  /** The scenario's entry for the resource itself, when it has one. */
  entry?: Resource
  /** The entry whose policy and owner apply (an S3 object's bucket; else the entry itself). */
  owner?: Resource
  /** The owning account, when the scenario or the ARN says. */
  account?: string
  /** The resource-based policy that takes part, named for the trace. */
  policy?: { body: PolicyBody; name: string; source: PolicySource }
  /** `aws:ResourceTag/*` (S3 objects have none: their tags are `s3:ExistingObjectTag/*`). */
  tags?: Tags
  /** `s3:ExistingObjectTag/*`: the tags of an S3 object the scenario lists. */
  objectTags?: Tags
  /** An IAM user or role: its tags are also `iam:ResourceTag/*`. */
  role?: Role
  user?: User
}

/** True for `sts:AssumeRole*`, `sts:TagSession` and `sts:SetSourceIdentity`: actions a trust policy answers. */
export function isTrustAction(action: string): boolean {
  return TRUST_ACTIONS.has(action.toLowerCase())
}

const POLICY_WORD: Record<string, string> = {
  s3: 'bucket policy',
  kms: 'key policy',
  sqs: 'queue policy',
  sns: 'topic policy',
  lambda: 'function policy',
  secretsmanager: 'secret policy',
  dynamodb: 'table policy',
  ecr: 'repository policy',
  logs: 'log group policy',
  glacier: 'vault policy',
}

function displayName(resource: Resource): string {
  if (resource.name) return resource.name
  const arn = parseArn(resource.arn)
  if (!arn) return resource.arn
  return arn.resource.slice(Math.max(arn.resource.lastIndexOf('/'), arn.resource.lastIndexOf(':')) + 1)
}

/** The scenario entries of a resource ARN; Lambda ARNs with a version or alias fall back to the function. */
function entriesFor(ix: ScenarioIndex, arn: string, parsed: Arn): ResourceMatch | undefined {
  const hit = findResource(ix, arn)
  if (hit) return hit
  if (parsed.service === 'lambda' && parsed.resource.startsWith('function:')) {
    const [, name] = parsed.resource.split(':')
    return findResource(ix, `arn:${parsed.partition}:lambda:${parsed.region}:${parsed.account}:function:${name}`)
  }
  return undefined
}

/** Resolves the resource of a request for `action`. */
export function resolveResource(ix: ScenarioIndex, action: string, arn: string): ResolvedResource {
  const out: ResolvedResource = { arn }
  if (arn === '*') return out
  const parsed = parseArn(arn)
  if (!parsed) return out
  if (parsed.service === 'iam' && /^\d{12}$/.test(parsed.account)) {
    out.account = parsed.account
    if (parsed.resource.startsWith('role/')) {
      const role = findRole(ix, arn)
      if (role) {
        out.role = role
        if (role.tags) out.tags = role.tags
        if (isTrustAction(action)) {
          out.policy = {
            body: role.trustPolicy,
            name: `trust policy of ${role.name}`,
            source: {
              kind: 'trust',
              label: `trust policy of role ${role.name}`,
              text: sourceMessage('policyLabel.trust', { role: role.name }),
              nameText: sourceMessage('policyLabel.trustName', { role: role.name }),
              policyName: 'trust policy',
              entity: { kind: 'role', name: role.name },
              arn: arnOfRole(ix, role),
            },
          }
        }
      }
    } else if (parsed.resource.startsWith('user/')) {
      const user = findUser(ix, arn)
      if (user) {
        out.user = user
        if (user.tags) out.tags = user.tags
      }
    }
    return out
  }
  const match = entriesFor(ix, arn, parsed)
  // An S3 object is governed by its bucket: the bucket policy and the bucket owner apply to it (`findResource`
  // gives the bucket as `resource` and the object's own entry as `object`).
  const isObject = parsed.service === 's3' && parsed.resource.includes('/')
  const owner = match?.resource
  const entry = isObject ? match?.object : owner
  if (isObject) {
    if (entry?.tags) out.objectTags = entry.tags
  } else if (entry?.tags) {
    out.tags = entry.tags
  }
  if (entry) out.entry = entry
  if (owner) out.owner = owner
  const holder = owner ?? entry
  if (holder) out.account = holder.account ?? (parsed.account || accountOf(ix.scenario, holder))
  // `aws` (AWS managed policies) is no account: the resource then counts as the caller's.
  else if (/^\d{12}$/.test(parsed.account)) out.account = parsed.account
  if (owner?.policy !== undefined) {
    const word = POLICY_WORD[parsed.service] ?? 'resource-based policy'
    const name = displayName(owner)
    out.policy = {
      body: owner.policy,
      name: `${word} of ${name}`,
      source: {
        kind: 'resource',
        label: `${word} of ${name}`,
        text: resourcePolicyText(parsed.service, name),
        nameText: resourcePolicyText(parsed.service, name),
        policyName: word,
        entity: { kind: 'resource', name },
      },
    }
  }
  return out
}

/** Resolves the resource of a request against a scenario (see {@link resolveResource}), e.g. for `buildRequestContext`. */
export function resolveResourceIn(scenario: Scenario, action: string, arn: string): ResolvedResource {
  return resolveResource(indexScenario(scenario), action, arn)
}
