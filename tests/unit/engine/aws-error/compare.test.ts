// AWS's reason beside the playground's answer: agreeing only when both name the same place.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  compareWithAws,
  english,
  parseAwsError,
  simulate,
  type AwsErrorReport,
  type Scenario,
} from '../../../../src/engine/index'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, inline, scenario } from '../../../helpers/scenario'

const regionLock = JSON.parse(
  readFileSync(new URL('../../../../scenarios/scp-region-lock.json', import.meta.url), 'utf8'),
) as Scenario

function read(text: string): AwsErrorReport {
  const parsed = parseAwsError(text)
  if (!parsed.ok) throw new Error(english(parsed.problem.text))
  return parsed.report
}

/** Pastes `text`, asks the scenario the request it names (in `region`), and compares. */
function compare(s: Scenario, text: string, region?: string) {
  const r = read(text)
  const result = simulate(s, {
    principal: r.principal!,
    action: r.action!,
    resource: r.resource ?? '*',
    ...(region ? { environment: { region } } : {}),
  })
  const c = compareWithAws(
    r,
    result,
    s.accounts.map((a) => a.id),
  )
  return { agrees: c.agrees, said: english(c.said), found: english(c.found), note: c.note && english(c.note) }
}

const DEPLOYER = 'arn:aws:iam::444455556666:user/deployer'
const IRELAND = 'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03'

describe('an explicit deny in a service control policy', () => {
  const text = `User: ${DEPLOYER} is not authorized to perform: ec2:StartInstances on resource: ${IRELAND} with an explicit deny in a service control policy`

  it('agrees when the playground finds the SCP, and names it', () => {
    const c = compare(regionLock, text, 'eu-west-1')
    expect(c.agrees).toBe(true)
    expect(c.said).toBe('AWS said: explicit deny in a service control policy')
    expect(c.found).toMatch(
      /^the playground agrees: statement `DenyAllOutsideSeoulAndVirginia` of .*DenyOutsideAllowedRegions/,
    )
  })

  it('differs when the playground allows the request (here: the Region AWS used is not the one asked)', () => {
    const c = compare(regionLock, text, 'ap-northeast-2')
    expect(c.agrees).toBe(false)
    expect(c.found).toMatch(/^the playground allows it/)
  })
})

const s3Text = (reason: string) =>
  `User: arn:aws:iam::${A}:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k ${reason}`

describe('identity-based policies', () => {
  const denied = scenario({
    users: [{ name: 'alice', inlinePolicies: [{ name: 'NoS3', document: policy(deny('s3:*')) }] }],
  })
  const nothing = scenario({ users: [{ name: 'alice' }] })

  it('agrees on an explicit deny in an identity-based policy', () => {
    const c = compare(denied, s3Text('with an explicit deny in an identity-based policy'))
    expect(c).toMatchObject({ agrees: true, found: expect.stringMatching(/inline policy `NoS3`/) })
  })

  it('agrees on "no identity-based policy allows"', () => {
    const c = compare(nothing, s3Text('because no identity-based policy allows the s3:GetObject action'))
    expect(c.agrees).toBe(true)
    expect(c.found).toMatch(/^the playground agrees: /)
  })

  it('differs when AWS found an explicit deny and the playground none', () => {
    const c = compare(nothing, s3Text('with an explicit deny in an identity-based policy'))
    expect(c.agrees).toBe(false)
    expect(c.found).toMatch(/^the playground differs: it finds no explicit deny/)
  })

  it('differs when the playground denies in another place', () => {
    const c = compare(denied, s3Text('with an explicit deny in a permissions boundary'))
    expect(c).toMatchObject({ agrees: false })
    expect(c.found).toMatch(/explicit deny in an identity-based policy, not in a permissions boundary/)
  })

  it('differs when AWS says nothing allowed and the playground finds an explicit deny', () => {
    const c = compare(denied, s3Text('because no identity-based policy allows the s3:GetObject action'))
    expect(c.agrees).toBe(false)
    expect(c.found).toMatch(/^the playground differs: it finds an explicit deny/)
  })
})

describe('permissions boundaries, VPC endpoints and old messages', () => {
  const bounded = scenario({
    policies: [{ name: 'OnlyEc2', versions: [{ id: 'v1', document: policy(allow('ec2:*')), isDefault: true }] }],
    users: [{ name: 'alice', inlinePolicies: [inline('All', '*')], permissionsBoundary: 'OnlyEc2' }],
  })

  it('agrees on "no permissions boundary allows"', () => {
    const c = compare(bounded, s3Text('because no permissions boundary allows the s3:GetObject action'))
    expect(c.agrees).toBe(true)
  })

  it('does not agree on a VPC endpoint policy it does not model, and says so', () => {
    const c = compare(bounded, s3Text('with an explicit deny in a VPC endpoint policy'))
    expect(c.agrees).toBe(false)
    expect(c.found).toMatch(/no VPC endpoint policies/)
  })

  it('for a message without a reason, agrees when the playground denies too', () => {
    const c = compare(bounded, s3Text('').trim())
    expect(c).toMatchObject({ agrees: true, said: expect.stringMatching(/without a reason/) })
  })

  it('says nothing of accounts when the message is from one the scenario holds', () => {
    expect(
      compare(regionLock, `User: ${DEPLOYER} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k`)
        .note,
    ).toBeUndefined()
  })

  it('notes a message from another account than the scenario', () => {
    const text = `User: arn:aws:iam::999999999999:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k`
    expect(compare(bounded, text).note).toBe(
      'the message is from account 999999999999, which the scenario does not hold (111122223333): names and decisions are those of the scenario',
    )
  })
})
