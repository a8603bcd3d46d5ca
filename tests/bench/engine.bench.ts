// `npm run bench`: evaluations per second of the engine on one core, printed (never asserted).
import { createEvaluator, evaluate, type EvaluationInput, type PolicyDocument } from '../../src/engine/index'

const ACCOUNT = '111122223333'
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'iam', 'sts']

function statement(p: number, s: number, salt = ''): Record<string, unknown> {
  const service = SERVICES[(p + s) % SERVICES.length]
  return {
    Sid: `P${p}S${s}${salt.replace(/[^A-Za-z0-9]/g, '')}`,
    Effect: s % 7 === 6 ? 'Deny' : 'Allow',
    Action: [`${service}:Get*`, `${service}:List*`, `${service}:Describe${s}*`],
    Resource: [`arn:aws:${service}:*:${ACCOUNT}:thing/${p}-${s}${salt}/*`, `arn:aws:s3:::bucket-${p}/${s}/*`],
    Condition: {
      StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] },
      Bool: { 'aws:SecureTransport': 'true' },
    },
  }
}

function policy(p: number, statements: number, salt = ''): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, s) => statement(p, s, salt)),
  }
}

const context = {
  'aws:RequestedRegion': 'eu-west-1',
  'aws:SourceIp': '203.0.113.7',
  'aws:SecureTransport': 'true',
}

const requests = Array.from({ length: 64 }, (_, i) => ({
  principal: USER,
  action: `${SERVICES[i % SERVICES.length]}:${['GetObject', 'ListBuckets', 'PutObject', 'Describe3Things'][i % 4]}`,
  resource: i % 2 ? `arn:aws:s3:::bucket-${i % 10}/${i % 10}/key.txt` : `arn:aws:s3:::other/${i}`,
  context,
}))

/**
 * Prints the median of three timed rounds: shared machines are noisy, and one round can be unlucky. `batch` calls run
 * between clock reads, after `warmup` calls; lower both for workloads that take milliseconds per call.
 */
function measure(name: string, run: (i: number) => unknown, roundMs = 400, batch = 500, warmup = 2000): void {
  for (let i = 0; i < warmup; i++) run(i) // warm up the JIT and the compile cache
  const rounds: number[] = []
  let n = 0
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    const first = n
    let now = start
    while (now - start < roundMs) {
      for (let k = 0; k < batch; k++) run(n++)
      now = performance.now()
    }
    rounds.push(((n - first) / (now - start)) * 1000)
  }
  report(name, rounds.sort((a, b) => a - b)[1]!)
}

/** The English sentences of trace nodes, worded when read: {@link everyNode} leaves them. */
const SENTENCES = new Set(['message', 'label', 'note'])

/** Reads every node of a trace (as a structured clone does, apart from the English); returns how many it read. */
function everyNode(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1
  let n = 1
  if (Array.isArray(value)) for (const item of value) n += everyNode(item)
  else
    for (const key of Object.keys(value))
      if (!SENTENCES.has(key)) n += everyNode((value as Record<string, unknown>)[key])
  return n
}

function report(name: string, perSecond: number): void {
  console.log(`${name.padEnd(74)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} evals/s`)
}

const small: Omit<EvaluationInput, 'request'> = {
  identityPolicies: [
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket-1/*' }],
    },
  ],
}
const tenByTen: Omit<EvaluationInput, 'request'> = {
  identityPolicies: Array.from({ length: 10 }, (_, p) => policy(p, 10)),
}
const fullAccess: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
}
const org: Omit<EvaluationInput, 'request'> = {
  scps: [
    [fullAccess],
    [fullAccess, policy(90, 3)],
    [
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
          { Effect: 'Allow', Action: '*', Resource: '*' },
        ],
      },
    ],
  ],
  rcps: [
    [
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
            Condition: {
              StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' },
              BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
            },
          },
        ],
      },
    ],
  ],
  resourcePolicy: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 's3:*',
        Resource: 'arn:aws:s3:::bucket-1/*',
      },
    ],
  },
  identityPolicies: [policy(1, 10)],
  permissionsBoundary: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:*', 'ec2:*'], Resource: '*' }],
  },
  sessionPolicies: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }],
}
const orgRequest = (i: number) => ({
  ...requests[i % requests.length]!,
  principal: `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/session`,
  context: { ...context, 'aws:PrincipalOrgID': 'o-abc123' },
})

console.log(`IAM Playground engine benchmark — Node ${process.version}, one core; medians of three rounds`)
console.log('evaluate(): objects cached by identity, checked for changes; createEvaluator(): compiled once')
measure('1. one small policy — evaluate()', (i) => evaluate({ ...small, request: requests[i % requests.length]! }))
const smallEval = createEvaluator(small)
measure('1. one small policy — createEvaluator()', (i) => smallEval(requests[i % requests.length]!))
measure('2. 10 policies × 10 statements with conditions — evaluate()', (i) =>
  evaluate({ ...tenByTen, request: requests[i % requests.length]! }),
)
const tenEval = createEvaluator(tenByTen)
measure('2. 10 policies × 10 statements with conditions — createEvaluator()', (i) =>
  tenEval(requests[i % requests.length]!),
)
measure('3. organization request (3 SCP levels, RCP, boundary, session, resource) — evaluate()', (i) =>
  evaluate({ ...org, request: orgRequest(i) }),
)
const orgEval = createEvaluator(org)
measure('3. organization request — createEvaluator()', (i) => orgEval(orgRequest(i)))

// 4. One-off requests that each bring fresh policies: nothing can come from the compile cache. The first round runs on
// parsing and compiling code the JIT has not optimized yet, so it is printed on its own; the median is of three more
// rounds, each with 10,000 policies made fresh for it (made before the clock starts).
const oneOff = (round: number) =>
  Array.from({ length: 10_000 }, (_, i) => ({
    request: requests[i % requests.length]!,
    identityPolicies: [policy(i % 10, 3, `-${round}-${i}`)],
  }))
function oneOffRate(inputs: EvaluationInput[]): number {
  let done = 0
  const start = performance.now()
  for (const input of inputs) if (evaluate(input).decision) done++
  return (done / (performance.now() - start)) * 1000
}
report('4. 10,000 one-off requests, each with fresh policies — first round (JIT cold)', oneOffRate(oneOff(0)))
report(
  '4. 10,000 one-off requests, each with fresh policies (nothing cached)',
  [1, 2, 3].map((round) => oneOffRate(oneOff(round))).sort((a, b) => a - b)[1]!,
)
measure(
  '5. workload 2 with the full trace built (what the UI asks for)',
  (i) => tenEval(requests[i % requests.length]!).trace,
)
// The statements' traces are built when first read; a structured clone to the UI thread reads every node.
measure(
  '5. workload 2, every node of the trace read (English not worded)',
  (i) => everyNode(tenEval(requests[i % requests.length]!).trace),
  400,
  20,
  200,
)
measure(
  '5. workload 2, the trace as JSON (every sentence worded in English)',
  (i) => JSON.stringify(tenEval(requests[i % requests.length]!).trace).length,
  400,
  10,
  100,
)

// 6. Set operators on long lists: 2,000 request values against 2,000 policy values compared by equality. The policy
// values are looked up, not tested one by one, so a decision (and its trace) stays far below 20 ms. Each request is
// the operator's worst case: ForAllValues must check every value; ForAnyValue finds its one match last.
const TAGS = 2000
const tagValues = Array.from({ length: TAGS }, (_, i) => `project-${i}`)
const tagRequests: Record<string, string[]> = {
  'ForAllValues:StringEquals': Array.from({ length: TAGS }, (_, i) => `project-${(i * 7) % TAGS}`),
  'ForAnyValue:StringEquals': Array.from({ length: TAGS }, (_, i) => (i < TAGS - 1 ? `other-${i}` : 'project-7')),
}
for (const [operator, tags] of Object.entries(tagRequests)) {
  const longList = createEvaluator({
    identityPolicies: [
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { [operator]: { 'aws:TagKeys': tagValues } } },
        ],
      },
    ],
  })
  const request = { ...requests[1]!, action: 's3:GetObject', context: { 'aws:TagKeys': tags } }
  measure(`6. ${operator}, 2,000 × 2,000 values — decision`, () => longList(request), 400, 10, 50)
  measure(`6. ${operator}, 2,000 × 2,000 values — with the trace`, () => longList(request).trace, 400, 5, 20)
}
