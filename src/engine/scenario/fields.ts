// The scenario format as a table of shapes: every field, its type and its format. Mirrors model.ts (the types)
// and scenarios/scenario.schema.json (for editors); tests/unit/engine/scenario/schema.test.ts keeps the three aligned.
import type { Prop, Shape } from './shape'
import { SCENARIO_FORMAT } from './migrate'
import { ACTIVITY_LIMIT } from './activity'

const str = (extra: Omit<Extract<Shape, { kind: 'string' }>, 'kind'> = {}): Shape => ({ kind: 'string', ...extra })
const pattern = (re: RegExp, expected: string): Shape => ({ kind: 'string', pattern: re, expected })
const int = (min: number, max?: number, unit?: string): Shape => ({
  kind: 'integer',
  min,
  ...(max ? { max } : {}),
  ...(unit ? { unit } : {}),
})
const bool: Shape = { kind: 'boolean' }
const date: Shape = { kind: 'date' }
const list = (of: Shape, max?: number, tooMany?: string): Shape => ({
  kind: 'array',
  of,
  ...(max ? { max } : {}),
  ...(tooMany ? { tooMany } : {}),
})
const opt = (shape: Shape): Prop => ({ shape })
const req = (shape: Shape, missing?: string): Prop => ({ shape, required: true, ...(missing ? { missing } : {}) })
const key = (shape: Shape): Prop => ({ shape, required: true, key: true })
const obj = (what: string, props: Record<string, Prop>, forbidden?: Record<string, string>): Shape => ({
  kind: 'object',
  what,
  props,
  ...(forbidden ? { forbidden } : {}),
})

/** An IAM name: letters, digits and `+=,.@_-` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). */
export function iamName(what: string, max: number): Shape {
  return pattern(
    new RegExp(`^[\\w+=,.@-]{1,${max}}$`),
    `a valid ${what} name (1 to ${max} letters, digits or + = , . @ _ -)`,
  )
}

/** 12 digits. */
export const ACCOUNT_ID = /^\d{12}$/
const accountId = pattern(ACCOUNT_ID, 'a 12-digit account ID')
const path = pattern(
  /^(\/|\/[\x21-\x7e]{1,510}\/)$/,
  'an IAM path: it starts and ends with `/`, at most 512 characters',
)
const uniqueId = (prefix: string) =>
  pattern(
    new RegExp(`^${prefix}[A-Z0-9]{12,124}$`),
    `a unique ID (\`${prefix}\` and 12 or more capital letters or digits)`,
  )
const text: Shape = {
  kind: 'oneOf',
  of: [str(), obj('a localized text', { en: req(str()), ko: opt(str()) })],
  expected: 'a string or `{ "en": …, "ko": … }`',
}
const policyBody: Shape = {
  kind: 'oneOf',
  of: [str(), { kind: 'document' }],
  expected: 'a policy document (an object) or its JSON text',
}
const tags: Shape = { kind: 'record', of: str(), maxKey: 128, maxValue: 256, max: 50, what: 'tags' }
const policyRefs = list(str({ nonEmpty: true }))
const sessionName = pattern(/^[\w+=,.@-]{2,64}$/, 'a valid session name (2 to 64 letters, digits or + = , . @ _ -)')

const accessKey = obj('an access key', {
  id: req(pattern(/^AKIA[A-Z0-9]{16}$/, 'an access key ID (`AKIA` and 16 capital letters or digits)')),
  created: req(date),
  status: req(str({ enum: ['Active', 'Inactive'] })),
  lastUsed: opt(date),
  lastUsedService: opt(str()),
  lastUsedRegion: opt(str()),
})
const accessKeys = list(accessKey, 2, 'a user or root can have at most 2 access keys')
const mfaDevices = list(
  obj('an MFA device', {
    serial: req(pattern(/^[\w+=/:,.@-]{9,256}$/, 'an MFA serial number or device ARN (9 to 256 characters)')),
    type: req(str({ enum: ['virtual', 'hardware'] })),
    enabledAt: opt(date),
  }),
  8,
  'a user or root can have at most 8 MFA devices',
)

const inlinePolicy = obj('an inline policy', { name: key(iamName('policy', 128)), document: req(policyBody) })
const inlinePolicies = list(inlinePolicy)

const account = obj('an account', {
  id: key(accountId),
  alias: opt(
    pattern(/^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$/, 'an account alias (3 to 63 lowercase letters, digits or -)'),
  ),
  passwordPolicy: opt(
    obj('a password policy', {
      minimumLength: opt(int(6, 128)),
      requireUppercase: opt(bool),
      requireLowercase: opt(bool),
      requireNumbers: opt(bool),
      requireSymbols: opt(bool),
      maxAgeDays: opt(int(0, 1095, 'days')),
      reusePrevention: opt(int(0, 24)),
      allowUsersToChange: opt(bool),
      hardExpiry: opt(bool),
    }),
  ),
  root: opt(
    obj('the root user', {
      mfa: opt(bool),
      mfaDevices: opt(mfaDevices),
      accessKeys: opt(accessKeys),
      createdAt: opt(date),
    }),
  ),
})

const orgNode: Shape = obj('an organization node', {
  id: key(pattern(/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/, 'a root ID (`r-…`) or an OU ID (`ou-…-…`)')),
  name: req(str({ nonEmpty: true })),
  scps: opt(list(str(), 5, 'at most 5 SCPs can be attached to one node')),
  rcps: opt(list(str(), 5, 'at most 5 RCPs can be attached to one node')),
  accounts: opt(list(str())),
  children: opt(list({ kind: 'lazy', get: () => orgNode })),
})

const organization = obj('the organization', {
  id: req(pattern(/^o-[a-z0-9]{10,32}$/, 'an organization ID (`o-` and 10 to 32 lowercase letters or digits)')),
  managementAccount: req(str()),
  policies: opt(
    list(
      obj('an organization policy', {
        name: key(pattern(/^.{1,128}$/s, 'a policy name of 1 to 128 characters')),
        type: key(str({ enum: ['scp', 'rcp'] })),
        document: req(policyBody),
      }),
    ),
  ),
  root: req(orgNode),
})

const user = obj(
  'a user',
  {
    name: key(iamName('user', 64)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AIDA')),
    groups: opt(list(str(), 10, 'a user can be in at most 10 groups')),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
    permissionsBoundary: opt(str({ nonEmpty: true })),
    tags: opt(tags),
    createdAt: opt(date),
    password: opt(
      obj('a password', {
        lastChanged: opt(date),
        lastUsed: opt(date),
        resetRequired: opt(bool),
        history: opt(list(pattern(/^[0-9a-f]{64}$/, 'a SHA-256 fingerprint (64 hex digits)'), 24)),
      }),
    ),
    mfaDevices: opt(mfaDevices),
    accessKeys: opt(accessKeys),
  },
  { groupNames: '`groupNames` is the pre-release (version 0) spelling: write `groups`' },
)

const group = obj(
  'a group',
  {
    name: key(iamName('group', 128)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AGPA')),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
  },
  {
    groups: 'IAM groups cannot contain groups',
    members: "a group does not list its members: add the group's name to each user's `groups`",
    users: "a group does not list its members: add the group's name to each user's `groups`",
    permissionsBoundary: 'a group cannot have a permissions boundary: set it on its users',
  },
)

const role = obj(
  'a role',
  {
    name: key(iamName('role', 64)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AROA')),
    description: opt(str()),
    trustPolicy: req(policyBody, 'missing `trustPolicy`: every role needs a trust policy saying who may assume it'),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
    permissionsBoundary: opt(str({ nonEmpty: true })),
    maxSessionDuration: opt(int(3600, 43200, 'seconds')),
    tags: opt(tags),
    instanceProfiles: opt(list(iamName('instance profile', 128))),
  },
  { assumeRolePolicyDocument: 'write the trust policy in `trustPolicy`' },
)

const managedPolicy = obj('a managed policy', {
  name: key(iamName('policy', 128)),
  // `aws`: a copy of an AWS managed policy (model.ts, AWS_MANAGED_ACCOUNT).
  account: opt(pattern(/^(\d{12}|aws)$/, 'a 12-digit account ID, or `aws` for a copy of an AWS managed policy')),
  path: opt(path),
  description: opt(str()),
  versions: req(
    list(
      obj('a policy version', {
        id: key(pattern(/^v[1-9]\d*$/, 'a version ID (`v1`, `v2`, …)')),
        document: req(policyBody),
        isDefault: opt(bool),
        createdAt: opt(date),
      }),
      5,
      'a managed policy keeps at most 5 versions',
    ),
  ),
})

const resource = obj('a resource', {
  arn: key(str({ nonEmpty: true })),
  account: opt(accountId),
  name: opt(str()),
  policy: opt(policyBody),
  tags: opt(tags),
  instanceProfile: opt(str({ nonEmpty: true })),
  executionRole: opt(str({ nonEmpty: true })),
})

const session = obj('a session', {
  role: key(str({ nonEmpty: true })),
  sessionName: key(sessionName),
  sourcePrincipal: opt(str()),
  issuedAt: req(date),
  durationSeconds: opt(int(900, 43200, 'seconds')),
  tags: opt(tags),
  transitiveTagKeys: opt(list(str())),
  sourceIdentity: opt(
    pattern(/^[\w+=,.@-]{2,64}$/, 'a valid source identity (2 to 64 letters, digits or + = , . @ _ -)'),
  ),
  policies: opt(list(policyBody)),
  policyArns: opt(list(str({ nonEmpty: true }), 10, 'at most 10 managed session policies')),
  mfa: opt(bool),
  chained: opt(bool),
})

const IPV4 = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}'
const environment = obj('an environment', {
  time: opt(date),
  sourceIp: opt(pattern(new RegExp(`^(${IPV4}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$`), 'an IPv4 or IPv6 address')),
  region: opt(pattern(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'a region name (`us-east-1`)')),
  mfa: opt(bool),
  mfaAge: opt({ kind: 'number', min: 0 }),
  secureTransport: opt(bool),
  userAgent: opt(str()),
  vpc: opt(str()),
})

const request = obj('a request', {
  id: opt(str({ nonEmpty: true })),
  title: opt(text),
  principal: req(str({ nonEmpty: true })),
  action: req(pattern(/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/, 'an action (`service:Action`)')),
  resource: req(str({ nonEmpty: true })),
  environment: opt(environment),
  context: opt({
    kind: 'record',
    what: 'context keys',
    of: { kind: 'oneOf', of: [str(), list(str())], expected: 'a string or an array of strings' },
  }),
  expect: opt(str({ enum: ['Allow', 'ExplicitDeny', 'ImplicitDeny'] })),
})

// A CloudTrail record of the activity log (./activity.ts); nested parts are copied as they are.
const document: Shape = { kind: 'document' }
const activityEvent = obj('an activity event', {
  eventVersion: req(str({ nonEmpty: true })),
  userIdentity: req(document),
  eventTime: req(date),
  eventSource: req(str({ nonEmpty: true })),
  eventName: req(str({ nonEmpty: true })),
  awsRegion: req(str()),
  sourceIPAddress: req(str()),
  userAgent: opt(str()),
  errorCode: opt(str()),
  errorMessage: opt(str()),
  requestParameters: opt(document),
  responseElements: opt(document),
  requestID: opt(str()),
  eventID: req(str({ nonEmpty: true })),
  readOnly: opt(bool),
  resources: opt(list(document)),
  eventType: req(str({ nonEmpty: true })),
  managementEvent: opt(bool),
  eventCategory: opt(str()),
  recipientAccountId: opt(str()),
  sessionCredentialFromConsole: opt(str()),
  playground: opt(document),
})

/** The whole scenario document. */
export const SCENARIO_SHAPE = obj('the scenario', {
  $schema: opt(str()),
  format: req(str({ enum: [SCENARIO_FORMAT] }), `missing \`format\`: write \`"format": "${SCENARIO_FORMAT}"\``),
  version: req(int(0)),
  id: opt(str({ nonEmpty: true })),
  title: req(text),
  description: opt(text),
  tags: opt(list(str())),
  accounts: req(list(account)),
  organization: opt(organization),
  users: opt(list(user)),
  groups: opt(list(group)),
  roles: opt(list(role)),
  policies: opt(list(managedPolicy)),
  resources: opt(list(resource)),
  sessions: opt(list(session)),
  environment: opt(environment),
  requests: opt(list(request)),
  activity: opt(list(activityEvent, ACTIVITY_LIMIT, `the activity log keeps at most ${ACTIVITY_LIMIT} events`)),
})
