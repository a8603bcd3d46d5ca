// Privilege escalation at a real account's size: the search simulates only principals whose policies name the IAM
// writes a technique needs, so a large account is checked completely within the budget (the result's
// `escalation-limited` finding says whether it was; time is the benchmarks' business).
import { describe, expect, it } from 'vitest'
import {
  auditScenario,
  escalationPrincipalCount,
  sortFindings,
  type Finding,
  type Role,
  type Scenario,
  type User,
} from '../../../src/engine/index'
import { A, clean } from './fixtures'

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'lambda', 'kms', 'logs']
const VERBS = ['Get*', 'List*', 'Describe*', 'Put*', 'Create*', 'Delete*']

/** An identity policy of everyday service actions (no IAM), varied by `n`. */
const everyday = (n: number) => ({
  name: `p${n}`,
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: `${SERVICES[n % 7]}:${VERBS[n % 6]}`, Resource: '*' },
      { Effect: 'Allow', Action: `${SERVICES[(n + 3) % 7]}:${VERBS[(n + 1) % 6]}`, Resource: '*' },
    ],
  } as never,
})
const allow = (name: string, action: string | string[], resource = '*') => ({
  name,
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] } as never,
})
const trustAccount = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }],
} as never
const trustLambda = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
} as never

/**
 * `users` users in 20 groups and `roles` roles, every one with its own everyday policies, and `extra` users; with
 * `admin`, role r7 may do everything.
 */
function account(users: number, roles: number, extra: User[] = [], admin = false): Scenario {
  return clean({
    groups: Array.from({ length: 20 }, (_, g) => ({ name: `g${g}`, inlinePolicies: [everyday(1000 + g)] })),
    users: [
      ...Array.from({ length: users }, (_, u): User => ({
        name: `u${u}`,
        groups: [`g${u % 20}`],
        inlinePolicies: [everyday(u)],
      })),
      ...extra,
    ],
    roles: Array.from({ length: roles }, (_, r): Role => ({
      name: `r${r}`,
      trustPolicy: r % 3 === 0 ? trustAccount : trustLambda,
      inlinePolicies: [everyday(5000 + r), ...(admin && r === 7 ? [allow('Admin', '*')] : [])],
    })),
  })
}

const of = (findings: Finding[], check: string) => findings.filter((f) => f.check === check)

describe('privilege escalation at scale', () => {
  it('checks an account of 900 principals whose policies name no IAM write without a single simulation', () => {
    const findings = auditScenario(account(300, 600), { maxSimulations: 1 })
    expect(of(findings, 'escalation-limited')).toEqual([])
    expect(of(findings, 'privilege-escalation')).toEqual([])
  })

  it('finds every path of the few principals that could escalate, within the default budget', () => {
    const extra: User[] = [
      { name: 'keys', inlinePolicies: [allow('Keys', 'iam:CreateAccessKey', `arn:aws:iam::${A}:user/*`)] },
      {
        name: 'passer',
        inlinePolicies: [allow('Pass', ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'])],
      },
      { name: 'self', inlinePolicies: [allow('Self', 'iam:PutUserPolicy', `arn:aws:iam::${A}:user/self`)] },
    ]
    const findings = auditScenario(account(300, 600, extra, true))
    expect(of(findings, 'escalation-limited')).toEqual([])
    const found = new Map(of(findings, 'privilege-escalation').map((f) => [f.params.name, f]))
    expect([...found.keys()].sort()).toEqual(['keys', 'passer', 'self'])
    expect(found.get('self')?.details?.map((d) => d.text)).toEqual(['iam:PutUserPolicy on itself, to gain *'])
    expect(found.get('passer')?.details?.[0]?.text).toBe(
      'iam:PassRole on role r7 with lambda:CreateFunction and lambda:InvokeFunction, to run code that can do *',
    )
    // Every user with an S3, EC2 or Lambda grant keys lacks is a way up: dozens of them, none cut off.
    expect(found.get('keys')?.details?.length).toBeGreaterThan(50)
  })

  it('names one possible role for a principal that may update Lambda code in an account that lists no functions', () => {
    const extra: User[] = [{ name: 'coder', inlinePolicies: [allow('Code', 'lambda:UpdateFunctionCode')] }]
    const findings = auditScenario(account(300, 600, extra, true))
    expect(of(findings, 'escalation-limited')).toEqual([])
    const possible = of(findings, 'possible-privilege-escalation')
    expect(possible.map((f) => f.params.name)).toEqual(['coder'])
    expect(possible[0]?.details?.map((d) => d.text)).toEqual([
      'lambda:UpdateFunctionCode on a Lambda function, if one runs as role r7, to run code that can do *',
    ])
  })

  it('is the same run in parts (the checks, then the principals range by range) as in one go', () => {
    const extra: User[] = [
      { name: 'keys', inlinePolicies: [allow('Keys', 'iam:CreateAccessKey', `arn:aws:iam::${A}:user/*`)] },
      { name: 'self', inlinePolicies: [allow('Self', 'iam:PutUserPolicy', `arn:aws:iam::${A}:user/self`)] },
    ]
    const s = account(40, 60, extra, true)
    const total = escalationPrincipalCount(s)
    expect(total).toBe(102)
    const parts = [...auditScenario(s, { part: 'checks' })]
    for (let from = 0; from < total; from += 25) parts.push(...auditScenario(s, { part: { from, to: from + 25 } }))
    expect(sortFindings(parts)).toEqual(auditScenario(s))
    expect(of(parts, 'privilege-escalation').length).toBeGreaterThan(0)
  })

  it('says how far a part got when its budget runs out', () => {
    const keys = allow('Keys', 'iam:CreateAccessKey', `arn:aws:iam::${A}:user/*`)
    const users = Array.from({ length: 10 }, (_, i): User => ({ name: `k${i}`, inlinePolicies: [keys, everyday(i)] }))
    const s = clean({ users })
    const limited = of(auditScenario(s, { part: { from: 4, to: 8 }, maxSimulations: 30 }), 'escalation-limited')
    expect(limited[0]?.params).toMatchObject({ total: 10, limit: 30 })
    expect(Number(limited[0]?.params.checked)).toBeGreaterThanOrEqual(4)
    expect(Number(limited[0]?.params.checked)).toBeLessThan(8)
  })
})
