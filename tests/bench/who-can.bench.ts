// `npm run bench:who-can`: how long `whoCan` takes (printed, never asserted), over two accounts:
// - a 5,000-principal scenario: 10 accounts in an organization, 4,000 users in 40 groups, 990 roles whose trust
//   policies name the account, one user, or another role (so chains form), and the 10 account roots;
// - the generated large account of the browser benchmark (1,000 users, 100 groups, 2,000 roles, 3,000 policies), as
//   the app asks it: the first question about a version, then the next ones about the same version (the worker keeps
//   the account resident, and whoCan keeps what does not depend on the question per version). Target: 2 s in the app.
import './aws-managed'
import { readFileSync } from 'node:fs'
import { importAuthorizationDetails } from '../../src/engine/account/import/index'
import { largeAccountFile } from './large-account'
import type { PolicyDocument } from '../../src/engine/index'
import { simulate, whoCan } from '../../src/engine/index'
import type { Role, Scenario, User } from '../../src/engine/scenario/model'

const ACCOUNTS = Array.from({ length: 10 }, (_, i) => String(100000000000 + i * 111111))
const doc = (...Statement: Record<string, unknown>[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const acct = (i: number) => ACCOUNTS[i % ACCOUNTS.length]!

const groups = Array.from({ length: 40 }, (_, g) => ({
  name: `group${g}`,
  account: acct(g),
  inlinePolicies: [
    {
      name: 'read',
      document: doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: `arn:aws:s3:::bucket-${g % 7}/*` }),
    },
    {
      name: 'assume',
      document: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::*:role/team-${g % 5}-*` }),
    },
  ],
  managedPolicies: [`policy${g % 10}`],
}))

const policies = Array.from({ length: 100 }, (_, p) => ({
  name: `policy${p % 10}`,
  account: acct(Math.floor(p / 10)),
  versions: [
    { id: 'v1', document: doc({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }) },
    {
      id: 'v2',
      isDefault: true,
      document: doc(
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ),
    },
  ],
}))

const users: User[] = Array.from({ length: 4000 }, (_, u) => ({
  name: `user${u}`,
  account: acct(u % 40),
  groups: [`group${u % 40}`],
  inlinePolicies: [
    {
      name: 'own',
      document: doc({
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::bucket-${u % 7}/\${aws:username}/*`,
      }),
    },
  ],
  tags: { team: `t${u % 5}` },
}))

// Role r lives in account r % 10 and belongs to team ⌊r / 10⌋ % 5, so each account holds roles of every team.
const roleName = (r: number) => `team-${Math.floor(r / 10) % 5}-${r}`
const roles: Role[] = Array.from({ length: 990 }, (_, r) => {
  const account = acct(r)
  const kind = r % 3
  const principal =
    kind === 0
      ? { AWS: `arn:aws:iam::${account}:root` }
      : kind === 1
        ? { AWS: `arn:aws:iam::${acct(r * 7)}:user/user${(r * 7) % 4000}` }
        : { AWS: `arn:aws:iam::${acct(r - 1)}:role/${roleName(r - 1)}` }
  const team = Math.floor(r / 10) % 5
  return {
    name: roleName(r),
    account,
    trustPolicy: doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }),
    inlinePolicies: [
      {
        name: 'work',
        document: doc(
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
          { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::*:role/team-${team}-*` },
        ),
      },
    ],
  }
})

const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'who-can benchmark',
  accounts: ACCOUNTS.map((id) => ({ id })),
  organization: {
    id: 'o-benchmark01',
    managementAccount: ACCOUNTS[0]!,
    policies: [
      {
        name: 'NoLeave',
        type: 'scp',
        document: doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
      },
    ],
    root: {
      id: 'r-root',
      name: 'Root',
      accounts: [ACCOUNTS[0]!],
      children: [
        { id: 'ou-root-aaaaaaaa', name: 'A', scps: ['FullAWSAccess', 'NoLeave'], accounts: ACCOUNTS.slice(1, 5) },
        { id: 'ou-root-bbbbbbbb', name: 'B', accounts: ACCOUNTS.slice(5) },
      ],
    },
  },
  users,
  groups,
  roles,
  policies,
  resources: [
    {
      arn: 'arn:aws:s3:::bucket-3',
      account: ACCOUNTS[3]!,
      policy: doc({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: 'arn:aws:s3:::bucket-3/*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    },
  ],
  environment: { time: '2026-01-01T00:00:00Z', sourceIp: '203.0.113.7', region: 'eu-west-1' },
}

const principals = users.length + roles.length + ACCOUNTS.length
console.log(`principals: ${principals} (${users.length} users, ${roles.length} roles, ${ACCOUNTS.length} roots)`)

const query = { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-3/report.csv' }
// Wall time and CPU time: on a shared machine the wall clock also counts other processes.
for (let round = 1; round <= 3; round++) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const entries = whoCan(scenario, query)
  const ms = performance.now() - start
  const cpuMs = process.cpuUsage(cpu).user / 1000
  const chained = entries.filter((e) => e.path.length > 1).length
  console.log(
    `round ${round}: whoCan ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms), ${entries.length} entries (${chained} through role chains)`,
  )
}

const start = performance.now()
for (let i = 0; i < 1000; i++) simulate(scenario, { principal: `arn:aws:iam::${acct(i % 40)}:user/user${i}`, ...query })
console.log(`simulate: ${((performance.now() - start) / 1000).toFixed(2)} ms per call (index built per call)`)

// The generated large account, imported as the app imports it.
const large = importAuthorizationDetails(JSON.parse(readFileSync(largeAccountFile(), 'utf8'))).scenario
console.log(
  `large account: ${large.users?.length} users, ${large.roles?.length} roles, ${large.policies?.length} policies`,
)
/** One question, timed: wall and CPU time, and the number of principals found. */
function ask(what: string, s: Scenario, bucket: number): void {
  const resource = `arn:aws:s3:::bucket-${bucket}/key`
  const t0 = performance.now()
  const cpu = process.cpuUsage()
  const entries = whoCan(s, { action: 's3:GetObject', resource, environment: {} })
  const ms = performance.now() - t0
  const cpuMs = process.cpuUsage(cpu).user / 1000
  console.log(`${what}: whoCan ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms), ${entries.length} entries`)
}
// The very first question also compiles every policy (shared with the app's other answers from then on).
ask('large, first question (policies compiled)', large, 11)
for (const [i, bucket] of [12, 13, 14].entries()) ask(`large, same version, question ${i + 2}`, large, bucket)
// An edit makes a new version (the edited list copied, the rest kept): its first question starts over, except for
// the compiled policies and the trust index of an unchanged roles list.
const edited: Scenario = {
  ...large,
  users: large.users!.map((u, i) => (i === 1 ? { ...u, tags: { edited: 'yes' } } : u)),
}
ask('large, edited version (a user), first question', edited, 15)
ask('large, edited version, next question', edited, 16)
