// The scenario format as a table of shapes: every field, its type and its format. Mirrors model.ts (the types)
// and scenarios/scenario.schema.json (for editors); tests/unit/engine/scenario/schema.test.ts keeps the three aligned.
import type { Prop, Shape } from './shape'
import { SCENARIO_FORMAT } from './migrate'
import { ACTIVITY_LIMIT } from './activity'
import type { ScenarioMessage } from '../messages/scenario.en'
import { SCENARIO_KIND, scenarioMessage as sm } from '../messages/scenario'

const str = (extra: Omit<Extract<Shape, { kind: 'string' }>, 'kind'> = {}): Shape => ({ kind: 'string', ...extra })
const pattern = (re: RegExp, expected: ScenarioMessage): Shape => ({ kind: 'string', pattern: re, expected })
const int = (min: number, max?: number, unit?: ScenarioMessage): Shape => ({
  kind: 'integer',
  min,
  ...(max ? { max } : {}),
  ...(unit ? { unit } : {}),
})
const bool: Shape = { kind: 'boolean' }
const date: Shape = { kind: 'date' }
const list = (of: Shape, max?: number, tooMany?: ScenarioMessage): Shape => ({
  kind: 'array',
  of,
  ...(max ? { max } : {}),
  ...(tooMany ? { tooMany } : {}),
})
const opt = (shape: Shape): Prop => ({ shape })
const req = (shape: Shape, missing?: ScenarioMessage): Prop => ({
  shape,
  required: true,
  ...(missing ? { missing } : {}),
})
const key = (shape: Shape): Prop => ({ shape, required: true, key: true })
const obj = (
  what: ScenarioMessage,
  props: Record<string, Prop>,
  forbidden?: Record<string, ScenarioMessage>,
): Shape => ({
  kind: 'object',
  what,
  props,
  ...(forbidden ? { forbidden } : {}),
})

/** An IAM name: letters, digits and `+=,.@_-` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). */
export function iamName(what: keyof typeof SCENARIO_KIND, max: number): Shape {
  return pattern(
    new RegExp(`^[\\w+=,.@-]{1,${max}}$`),
    sm('scenario.shape.iamName', { what: SCENARIO_KIND[what], max }),
  )
}

/** 12 digits. */
export const ACCOUNT_ID = /^\d{12}$/
const accountId = pattern(ACCOUNT_ID, sm('scenario.shape.accountId'))
const path = pattern(/^(\/|\/[\x21-\x7e]{1,510}\/)$/, sm('scenario.shape.iamPath'))
const uniqueId = (prefix: string) =>
  pattern(new RegExp(`^${prefix}[A-Z0-9]{12,124}$`), sm('scenario.shape.uniqueId', { prefix }))
const text: Shape = {
  kind: 'oneOf',
  of: [str(), obj(sm('scenario.shape.localizedText'), { en: req(str()), ko: opt(str()) })],
  expected: sm('scenario.shape.textOrLocalized'),
}
const policyBody: Shape = {
  kind: 'oneOf',
  of: [str(), { kind: 'document' }],
  expected: sm('scenario.shape.policyBody'),
}
const tags: Shape = { kind: 'record', of: str(), maxKey: 128, maxValue: 256, max: 50, what: sm('scenario.shape.tags') }
const policyRefs = list(str({ nonEmpty: true }))
const sessionName = pattern(/^[\w+=,.@-]{2,64}$/, sm('scenario.shape.sessionName'))

const accessKey = obj(sm('scenario.shape.accessKey'), {
  id: req(pattern(/^AKIA[A-Z0-9]{16}$/, sm('scenario.shape.accessKeyId'))),
  created: req(date),
  status: req(str({ enum: ['Active', 'Inactive'] })),
  lastUsed: opt(date),
  lastUsedService: opt(str()),
  lastUsedRegion: opt(str()),
})
const accessKeys = list(accessKey, 2, sm('scenario.shape.tooManyAccessKeys'))
const mfaDevices = list(
  obj(sm('scenario.shape.mfaDevice'), {
    serial: req(pattern(/^[\w+=/:,.@-]{9,256}$/, sm('scenario.shape.mfaSerial'))),
    type: req(str({ enum: ['virtual', 'hardware'] })),
    enabledAt: opt(date),
  }),
  8,
  sm('scenario.shape.tooManyMfaDevices'),
)

const inlinePolicy = obj(sm('scenario.shape.inlinePolicy'), {
  name: key(iamName('policy', 128)),
  document: req(policyBody),
})
const inlinePolicies = list(inlinePolicy)

const account = obj(sm('scenario.shape.account'), {
  id: key(accountId),
  alias: opt(pattern(/^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$/, sm('scenario.shape.accountAlias'))),
  passwordPolicy: opt(
    obj(sm('scenario.shape.passwordPolicy'), {
      minimumLength: opt(int(6, 128)),
      requireUppercase: opt(bool),
      requireLowercase: opt(bool),
      requireNumbers: opt(bool),
      requireSymbols: opt(bool),
      maxAgeDays: opt(int(0, 1095, sm('scenario.shape.days'))),
      reusePrevention: opt(int(0, 24)),
      allowUsersToChange: opt(bool),
      hardExpiry: opt(bool),
    }),
  ),
  root: opt(
    obj(sm('scenario.shape.rootUser'), {
      mfa: opt(bool),
      mfaDevices: opt(mfaDevices),
      accessKeys: opt(accessKeys),
      createdAt: opt(date),
    }),
  ),
})

const orgNode: Shape = obj(sm('scenario.shape.orgNode'), {
  id: key(pattern(/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/, sm('scenario.shape.orgNodeId'))),
  name: req(str({ nonEmpty: true })),
  scps: opt(list(str(), 5, sm('scenario.shape.tooManyScps'))),
  rcps: opt(list(str(), 5, sm('scenario.shape.tooManyRcps'))),
  accounts: opt(list(str())),
  children: opt(list({ kind: 'lazy', get: () => orgNode })),
})

const organization = obj(sm('scenario.shape.organization'), {
  id: req(pattern(/^o-[a-z0-9]{10,32}$/, sm('scenario.shape.organizationId'))),
  managementAccount: req(str()),
  policies: opt(
    list(
      obj(sm('scenario.shape.orgPolicy'), {
        name: key(pattern(/^.{1,128}$/s, sm('scenario.shape.orgPolicyName'))),
        type: key(str({ enum: ['scp', 'rcp'] })),
        document: req(policyBody),
      }),
    ),
  ),
  root: req(orgNode),
  accountPolicies: opt(
    list(
      obj(sm('scenario.shape.accountPolicies'), {
        account: key(accountId),
        scps: opt(list(str(), 5, sm('scenario.shape.tooManyScps'))),
        rcps: opt(list(str(), 5, sm('scenario.shape.tooManyRcps'))),
      }),
    ),
  ),
})

const user = obj(
  sm('scenario.shape.user'),
  {
    name: key(iamName('user', 64)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AIDA')),
    groups: opt(list(str(), 10, sm('scenario.shape.tooManyGroups'))),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
    permissionsBoundary: opt(str({ nonEmpty: true })),
    tags: opt(tags),
    createdAt: opt(date),
    password: opt(
      obj(sm('scenario.shape.password'), {
        lastChanged: opt(date),
        lastUsed: opt(date),
        resetRequired: opt(bool),
        history: opt(list(pattern(/^[0-9a-f]{64}$/, sm('scenario.shape.fingerprint')), 24)),
      }),
    ),
    mfaDevices: opt(mfaDevices),
    accessKeys: opt(accessKeys),
  },
  { groupNames: sm('scenario.shape.groupNames') },
)

const group = obj(
  sm('scenario.shape.group'),
  {
    name: key(iamName('group', 128)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AGPA')),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
  },
  {
    groups: sm('scenario.shape.groupsInGroup'),
    members: sm('scenario.shape.groupMembers'),
    users: sm('scenario.shape.groupMembers'),
    permissionsBoundary: sm('scenario.shape.groupBoundary'),
  },
)

const role = obj(
  sm('scenario.shape.role'),
  {
    name: key(iamName('role', 64)),
    account: opt(str()),
    path: opt(path),
    id: opt(uniqueId('AROA')),
    description: opt(str()),
    trustPolicy: req(policyBody, sm('scenario.shape.missingTrustPolicy')),
    inlinePolicies: opt(inlinePolicies),
    managedPolicies: opt(policyRefs),
    permissionsBoundary: opt(str({ nonEmpty: true })),
    maxSessionDuration: opt(int(3600, 43200, sm('scenario.shape.seconds'))),
    tags: opt(tags),
    instanceProfiles: opt(list(iamName('instance profile', 128))),
  },
  { assumeRolePolicyDocument: sm('scenario.shape.assumeRolePolicyDocument') },
)

const managedPolicy = obj(sm('scenario.shape.managedPolicy'), {
  name: key(iamName('policy', 128)),
  // `aws`: a copy of an AWS managed policy (model.ts, AWS_MANAGED_ACCOUNT).
  account: opt(pattern(/^(\d{12}|aws)$/, sm('scenario.shape.policyAccount'))),
  path: opt(path),
  description: opt(str()),
  versions: req(
    list(
      obj(sm('scenario.shape.policyVersion'), {
        id: key(pattern(/^v[1-9]\d*$/, sm('scenario.shape.versionId'))),
        document: req(policyBody),
        isDefault: opt(bool),
        createdAt: opt(date),
      }),
      5,
      sm('scenario.shape.tooManyVersions'),
    ),
  ),
})

const resource = obj(sm('scenario.shape.resource'), {
  arn: key(str({ nonEmpty: true })),
  account: opt(accountId),
  name: opt(str()),
  policy: opt(policyBody),
  tags: opt(tags),
  instanceProfile: opt(str({ nonEmpty: true })),
  executionRole: opt(str({ nonEmpty: true })),
})

// IAM CreateSAMLProvider / CreateOpenIDConnectProvider
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html): at most 100 client
// IDs of 1–255 characters, at most 5 thumbprints of 40 hex digits. Which fields a type needs is checked in
// providers.ts.
const identityProvider = obj(sm('scenario.shape.identityProvider'), {
  type: key(str({ enum: ['saml', 'oidc'] })),
  account: opt(str()),
  name: opt(pattern(/^[\w.-]{1,128}$/, sm('scenario.shape.samlProviderName'))),
  entityId: opt(str({ nonEmpty: true })),
  metadata: opt(str()),
  url: opt(pattern(/^(https:\/\/)?[A-Za-z0-9.-]+(:\d+)?(\/[^\s]*)?$/, sm('scenario.shape.oidcUrl'))),
  clientIds: opt(list(pattern(/^.{1,255}$/s, sm('scenario.shape.clientId')), 100)),
  thumbprints: opt(list(pattern(/^[0-9A-Fa-f]{40}$/, sm('scenario.shape.thumbprint')), 5)),
  tags: opt(tags),
})

const session = obj(sm('scenario.shape.session'), {
  role: key(str({ nonEmpty: true })),
  sessionName: key(sessionName),
  sourcePrincipal: opt(str()),
  issuedAt: req(date),
  durationSeconds: opt(int(900, 43200, sm('scenario.shape.seconds'))),
  tags: opt(tags),
  transitiveTagKeys: opt(list(str())),
  sourceIdentity: opt(pattern(/^[\w+=,.@-]{2,64}$/, sm('scenario.shape.sourceIdentity'))),
  policies: opt(list(policyBody)),
  policyArns: opt(list(str({ nonEmpty: true }), 10, sm('scenario.shape.tooManySessionPolicies'))),
  mfa: opt(bool),
  chained: opt(bool),
})

const IPV4 = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}'
const environment = obj(sm('scenario.shape.environment'), {
  time: opt(date),
  sourceIp: opt(pattern(new RegExp(`^(${IPV4}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$`), sm('scenario.shape.ipAddress'))),
  region: opt(pattern(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, sm('scenario.shape.region'))),
  mfa: opt(bool),
  mfaAge: opt({ kind: 'number', min: 0 }),
  secureTransport: opt(bool),
  userAgent: opt(str()),
  vpc: opt(str()),
})

const request = obj(sm('scenario.shape.request'), {
  id: opt(str({ nonEmpty: true })),
  title: opt(text),
  principal: req(str({ nonEmpty: true })),
  action: req(pattern(/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/, sm('scenario.shape.action'))),
  resource: req(str({ nonEmpty: true })),
  environment: opt(environment),
  context: opt({
    kind: 'record',
    what: sm('scenario.shape.contextKeys'),
    of: { kind: 'oneOf', of: [str(), list(str())], expected: sm('scenario.shape.stringOrList') },
  }),
  expect: opt(str({ enum: ['Allow', 'ExplicitDeny', 'ImplicitDeny'] })),
})

// An audit finding the scenario expects (or, with `absent`, must not get); its principal is checked in ./expected.ts.
const expectedFinding = obj(sm('scenario.shape.expectedFinding'), {
  title: opt(text),
  check: req(pattern(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, sm('scenario.shape.checkId'))),
  principal: req(str({ nonEmpty: true })),
  techniques: opt(list(pattern(/^[A-Za-z][A-Za-z0-9.-]*$/, sm('scenario.shape.techniqueId')))),
  absent: opt(bool),
})

// A CloudTrail record of the activity log (./activity.ts); nested parts are copied as they are.
const document: Shape = { kind: 'document' }
const activityEvent = obj(sm('scenario.shape.activityEvent'), {
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
export const SCENARIO_SHAPE = obj(sm('scenario.shape.scenario'), {
  $schema: opt(str()),
  format: req(str({ enum: [SCENARIO_FORMAT] }), sm('scenario.shape.missingFormat', { format: SCENARIO_FORMAT })),
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
  identityProviders: opt(list(identityProvider)),
  sessions: opt(list(session)),
  environment: opt(environment),
  requests: opt(list(request)),
  expectFindings: opt(list(expectedFinding)),
  activity: opt(list(activityEvent, ACTIVITY_LIMIT, sm('scenario.shape.tooManyEvents', { max: ACTIVITY_LIMIT }))),
})
