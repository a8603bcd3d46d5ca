#!/usr/bin/env node
// Writes a large, realistic `aws iam get-account-authorization-details` output for the import benchmark:
// 1,000 users, 100 groups, 2,000 roles and 3,000 customer managed policies (two versions each), with documents in
// all three encodings the importer reads (objects as the CLI prints them, JSON text, and the raw API's URL encoding).
// Deterministic: the same arguments always write the same bytes.
//
//   node tools/generate-large-authorization-details.mjs [--out FILE] [--users N] [--roles N] [--policies N]
//
// The default output, tests/fixtures/aws/large-account.json, is several megabytes and is not committed; the
// benchmark (tests/bench/import.bench.ts) writes its copy into node_modules/.cache instead.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = parseArgs(process.argv.slice(2))
const out = resolve(args.out ?? join(root, 'tests/fixtures/aws/large-account.json'))
const USERS = Number(args.users ?? 1000)
const ROLES = Number(args.roles ?? 2000)
const POLICIES = Number(args.policies ?? 3000)
const GROUPS = Number(args.groups ?? 100)
const ACCOUNT = '111122223333'
const V = '2012-10-17'

/** Mulberry32: a small seeded generator, so the output never changes between runs. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(20240601)
const pick = (list) => list[Math.floor(rand() * list.length)]
const int = (n) => Math.floor(rand() * n)

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'cloudwatch', 'secretsmanager', 'ssm']
const VERBS = ['Get*', 'List*', 'Describe*', 'Put*', 'Create*', 'Delete*', 'Update*', 'Tag*']
const AWS_MANAGED = [
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
  'arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess',
  'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
  'arn:aws:iam::aws:policy/IAMUserChangePassword',
  'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
  'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
]
const TRUSTED_SERVICES = [
  'ec2.amazonaws.com',
  'lambda.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'states.amazonaws.com',
]

const id = (prefix, n) => `${prefix}${n.toString(36).toUpperCase().padStart(17, '0')}`
const date = (n) => new Date(Date.UTC(2018, 0, 1) + n * 3_600_000).toISOString().replace('.000Z', '+00:00')
const rfc3986 = (text) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** Objects most of the time (the CLI), JSON text sometimes, the raw API's URL encoding sometimes. */
function encode(doc, n) {
  const mode = n % 10
  if (mode < 6) return doc
  if (mode < 8) return JSON.stringify(doc, null, 4)
  return rfc3986(JSON.stringify(doc, null, 4))
}

function statement(n) {
  const service = pick(SERVICES)
  const s = {
    Sid: `S${n}`,
    Effect: rand() < 0.1 ? 'Deny' : 'Allow',
    Action: Array.from({ length: 1 + int(4) }, () => `${service}:${pick(VERBS)}`),
    Resource: service === 's3' ? [`arn:aws:s3:::bucket-${int(500)}`, `arn:aws:s3:::bucket-${int(500)}/*`] : '*',
  }
  if (rand() < 0.3)
    s.Condition = { StringEquals: { 'aws:RequestedRegion': pick(['eu-west-1', 'us-east-1', 'ap-northeast-2']) } }
  if (rand() < 0.1) s.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
  return s
}
const document = (n) => ({ Version: V, Statement: Array.from({ length: 1 + int(4) }, (_, i) => statement(n * 10 + i)) })
const policyPath = (n) => (n % 5 === 0 ? `/team-${n % 17}/` : '/')
const policyArn = (n) => `arn:aws:iam::${ACCOUNT}:policy${policyPath(n)}policy-${n}`
const attached = (n) => ({ PolicyName: `policy-${n}`, PolicyArn: policyArn(n) })
const attachedAws = (arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn })
const inline = (name, n) => ({ PolicyName: name, PolicyDocument: encode(document(n), n) })
const tags = (n) => [
  { Key: 'team', Value: `team-${n % 17}` },
  { Key: 'cost-center', Value: String(1000 + (n % 50)) },
]

const groups = Array.from({ length: GROUPS }, (_, g) => ({
  Path: '/',
  GroupName: `group-${g}`,
  GroupId: id('AGPA', g),
  Arn: `arn:aws:iam::${ACCOUNT}:group/group-${g}`,
  CreateDate: date(g),
  GroupPolicyList: g % 3 === 0 ? [inline(`group-${g}-inline`, 50_000 + g)] : [],
  AttachedManagedPolicies: [attached(int(POLICIES)), attachedAws(pick(AWS_MANAGED))],
}))

const users = Array.from({ length: USERS }, (_, u) => {
  const memberOf = new Set(Array.from({ length: 1 + int(3) }, () => `group-${int(GROUPS)}`))
  const user = {
    Path: u % 4 === 0 ? `/dept-${u % 9}/` : '/',
    UserName: `user-${u}`,
    UserId: id('AIDA', u),
    Arn: `arn:aws:iam::${ACCOUNT}:user${u % 4 === 0 ? `/dept-${u % 9}/` : '/'}user-${u}`,
    CreateDate: date(1000 + u),
    UserPolicyList: u % 2 === 0 ? [inline(`user-${u}-inline`, 60_000 + u)] : [],
    GroupList: [...memberOf],
    AttachedManagedPolicies: [attached(int(POLICIES)), attachedAws(pick(AWS_MANAGED))],
    Tags: tags(u),
  }
  if (u % 10 === 0) {
    user.PermissionsBoundary = {
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: policyArn(0),
    }
  }
  return user
})

const roles = Array.from({ length: ROLES }, (_, r) => {
  const service = r % 3 !== 0
  const trust = {
    Version: V,
    Statement: [
      service
        ? { Effect: 'Allow', Principal: { Service: pick(TRUSTED_SERVICES) }, Action: 'sts:AssumeRole' }
        : { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
    ],
  }
  const role = {
    Path: r % 50 === 0 ? `/aws-service-role/service-${r}.amazonaws.com/` : r % 7 === 0 ? '/service-role/' : '/',
    RoleName: `role-${r}`,
    RoleId: id('AROA', r),
    CreateDate: date(3000 + r),
    AssumeRolePolicyDocument: encode(trust, r),
    InstanceProfileList:
      r % 5 === 0
        ? [
            {
              Path: '/',
              InstanceProfileName: `profile-${r}`,
              InstanceProfileId: id('AIPA', r),
              Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/profile-${r}`,
              CreateDate: date(3000 + r),
              Roles: [],
            },
          ]
        : [],
    RolePolicyList: r % 2 === 0 ? [inline(`role-${r}-inline`, 70_000 + r)] : [],
    AttachedManagedPolicies: [attached(int(POLICIES)), attached(int(POLICIES)), attachedAws(pick(AWS_MANAGED))],
    Tags: tags(r),
    RoleLastUsed: r % 3 === 0 ? {} : { LastUsedDate: date(9000 + r), Region: 'eu-west-1' },
  }
  role.Arn = `arn:aws:iam::${ACCOUNT}:role${role.Path}role-${r}`
  if (r % 10 === 0) {
    role.PermissionsBoundary = {
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: policyArn(0),
    }
  }
  return role
})

const policies = Array.from({ length: POLICIES }, (_, p) => ({
  PolicyName: `policy-${p}`,
  PolicyId: id('ANPA', p),
  Arn: policyArn(p),
  Path: policyPath(p),
  DefaultVersionId: 'v2',
  AttachmentCount: 1,
  PermissionsBoundaryUsageCount: p === 0 ? 300 : 0,
  IsAttachable: true,
  CreateDate: date(p),
  UpdateDate: date(p + 24),
  PolicyVersionList: [
    { Document: encode(document(p * 2 + 1), p), VersionId: 'v2', IsDefaultVersion: true, CreateDate: date(p + 24) },
    { Document: encode(document(p * 2), p + 1), VersionId: 'v1', IsDefaultVersion: false, CreateDate: date(p) },
  ],
}))

const output = {
  UserDetailList: users,
  GroupDetailList: groups,
  RoleDetailList: roles,
  Policies: policies,
  IsTruncated: false,
}
const text = JSON.stringify(output, null, 4)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, text)
console.log(
  `${out}: ${USERS} users, ${GROUPS} groups, ${ROLES} roles, ${POLICIES} policies, ${(text.length / 1e6).toFixed(1)} MB`,
)

function parseArgs(argv) {
  const args = {}
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)$/.exec(argv[i])
    if (!m || argv[i + 1] === undefined) {
      console.error(
        `usage: node tools/generate-large-authorization-details.mjs [--out FILE] [--users N] [--roles N] [--policies N] [--groups N]`,
      )
      process.exit(2)
    }
    args[m[1]] = argv[++i]
  }
  return args
}
