// `npm run bench:matrix`: decisions per second of the access matrix over a generated 1,000-principal × 200-action
// scenario (printed, never asserted): all at once, in chunks as the worker computes it (a structured clone of the
// scenario per chunk, as Comlink sends it), and one `simulate` per cell for comparison.
import './aws-managed'
import { matrixPrincipals, matrixRows, simulate } from '../../src/engine/index'
import type { PolicyDocument } from '../../src/engine/index'
import type { Group, ManagedPolicy, Role, Scenario, User } from '../../src/engine/scenario/model'

const A = '111122223333'
const MGMT = '999988887777'
const doc = (...Statement: Record<string, unknown>[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'iam', 'sts']
const VERBS = ['Get', 'List', 'Put', 'Delete', 'Describe', 'Create', 'Update', 'Tag', 'Untag', 'Invoke']
const NOUNS = ['Object', 'Bucket']

/** 200 actions: 10 services × 10 verbs × 2 nouns. */
const actions = SERVICES.flatMap((s) => VERBS.flatMap((v) => NOUNS.map((n) => `${s}:${v}${n}`)))

const groups: Group[] = Array.from({ length: 20 }, (_, g) => ({
  name: `group${g}`,
  inlinePolicies: [
    {
      name: 'read',
      document: doc(
        { Effect: 'Allow', Action: [`${SERVICES[g % 10]}:Get*`, `${SERVICES[(g + 3) % 10]}:List*`], Resource: '*' },
        {
          Effect: 'Deny',
          Action: `${SERVICES[(g + 5) % 10]}:Delete*`,
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ),
    },
  ],
  managedPolicies: [`policy${g % 5}`],
}))

const policies: ManagedPolicy[] = Array.from({ length: 5 }, (_, p) => ({
  name: `policy${p}`,
  versions: [
    {
      id: 'v1',
      isDefault: true,
      document: doc({
        Effect: 'Allow',
        Action: `${SERVICES[p]}:*`,
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${p}` } },
      }),
    },
  ],
}))

const users: User[] = Array.from({ length: 700 }, (_, u) => ({
  name: `user${u}`,
  groups: [`group${u % 20}`],
  tags: { team: `t${u % 5}` },
  inlinePolicies: [
    {
      name: 'own',
      document: doc({ Effect: 'Allow', Action: 's3:Put*', Resource: 'arn:aws:s3:::bucket/${aws:username}/*' }),
    },
  ],
  ...(u % 10 === 0 && { permissionsBoundary: 'policy1' }),
}))

const roles: Role[] = Array.from({ length: 299 }, (_, r) => ({
  name: `role${r}`,
  trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }),
  inlinePolicies: [
    {
      name: 'work',
      document: doc(
        { Effect: 'Allow', Action: `${SERVICES[r % 10]}:*`, Resource: '*' },
        { Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::bucket/*' },
      ),
    },
  ],
}))

const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'matrix benchmark',
  accounts: [{ id: A }],
  organization: {
    id: 'o-benchmark01',
    managementAccount: MGMT,
    policies: [
      { name: 'NoEc2Delete', type: 'scp', document: doc({ Effect: 'Deny', Action: 'ec2:Delete*', Resource: '*' }) },
    ],
    root: {
      id: 'r-root',
      name: 'Root',
      accounts: [MGMT],
      children: [{ id: 'ou-root-aaaaaaaa', name: 'Work', scps: ['FullAWSAccess', 'NoEc2Delete'], accounts: [A] }],
    },
  },
  users,
  groups,
  roles,
  policies,
  resources: [
    {
      arn: 'arn:aws:s3:::bucket',
      policy: doc(
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::bucket/*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/user7` }, Action: 's3:Get*', Resource: '*' },
      ),
    },
  ],
  environment: { time: '2026-01-01T00:00:00Z', sourceIp: '203.0.113.7', region: 'eu-west-1' },
}

const principals = matrixPrincipals(scenario).map((p) => p.ref)
const query = { principals, actions, resource: 'arn:aws:s3:::bucket/reports/q1.csv' }
const cells = principals.length * actions.length
console.log(
  `matrix: ${principals.length} principals × ${actions.length} actions = ${cells.toLocaleString('en-US')} cells`,
)

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')} decisions/s`

// Wall time and CPU time: on a shared machine the wall clock also counts other processes.
for (let round = 1; round <= 3; round++) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const rows = matrixRows(scenario, query)
  const ms = performance.now() - start
  const allowed = rows.reduce((n, row) => n + row.split('A').length - 1, 0)
  console.log(
    `round ${round}: all rows ${ms.toFixed(0)} ms (CPU ${(process.cpuUsage(cpu).user / 1000).toFixed(0)} ms), ${rate(cells, ms)}, ${allowed} allowed`,
  )
}

const chunk = Math.ceil(20_000 / actions.length)
const start = performance.now()
for (let from = 0; from < principals.length; from += chunk) {
  matrixRows(structuredClone(scenario), query, from, Math.min(principals.length, from + chunk))
}
const chunked = performance.now() - start
console.log(
  `in chunks of ${chunk} rows, each with a cloned scenario: ${chunked.toFixed(0)} ms, ${rate(cells, chunked)}`,
)

const sample = principals.slice(0, 20)
const simStart = performance.now()
for (const principal of sample)
  for (const action of actions) simulate(scenario, { principal, action, resource: query.resource })
const simMs = performance.now() - simStart
console.log(`simulate per cell (first ${sample.length} rows): ${rate(sample.length * actions.length, simMs)}`)
