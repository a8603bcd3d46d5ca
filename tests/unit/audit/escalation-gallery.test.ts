// The gallery's privilege-escalation scenario: each look-alike (safe-…) is a near miss, one guard away from a path.
// Take its guard away and the audit must find the path; the scenario's own expected findings say it finds none with
// the guard (tests/unit/scenarios.test.ts), so each guard is what makes the difference.
import { describe, expect, it } from 'vitest'
import { auditScenario, parseScenario, type Scenario, type User } from '../../../src/engine/index'
import raw from '../../../scenarios/privilege-escalation.json'

function gallery(): Scenario {
  const parsed = parseScenario(structuredClone(raw))
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
  return parsed.scenario
}

/**
 * The detail keys of the privilege-escalation finding about the user, in the scenario after `edit` (the tests ask
 * for the path the guard stopped; techniques added later may find more ways through the same gap).
 */
function pathsAfter(user: string, edit: (s: Scenario, u: User) => void): string[] {
  const s = gallery()
  edit(
    s,
    s.users!.find((u) => u.name === user)!,
  )
  return auditScenario(s)
    .filter((f) => f.check === 'privilege-escalation' && f.entities[0]?.kind === 'user' && f.entities[0].name === user)
    .flatMap((f) => (f.details ?? []).map((d) => d.key))
}

/** The statements of the user's only inline policy. */
function statements(u: User): Record<string, unknown>[] {
  const document = u.inlinePolicies![0]!.document as { Statement: Record<string, unknown>[] }
  return document.Statement
}

describe('the look-alikes of scenarios/privilege-escalation.json are near misses', () => {
  it('safe-denied-attach-self: out of the Guardrailed group, it attaches AdministratorAccess to itself', () => {
    expect(pathsAfter('safe-denied-attach-self', (_, u) => (u.groups = []))).toContain('grantSelf')
  })

  it('safe-bounded-create-version: without its boundary, it writes a new version of its policy', () => {
    expect(pathsAfter('safe-bounded-create-version', (_, u) => delete u.permissionsBoundary)).toContain('policyVersion')
  })

  it('safe-aws-managed-version: allowed on its own customer managed policy, it writes a new version', () => {
    const edited = pathsAfter('safe-aws-managed-version', (_, u) => {
      u.managedPolicies = ['SafeTeamPolicy']
      statements(u)[0]!.Resource = 'arn:aws:iam::111122223333:policy/*'
    })
    expect(edited).toContain('policyVersion')
  })

  it('safe-passrole-wrong-service: when Ec2AdminRole also trusts Lambda, it passes the role to a function', () => {
    const edited = pathsAfter('safe-passrole-wrong-service', (s) => {
      const role = s.roles!.find((r) => r.name === 'Ec2AdminRole')!
      const trust = role.trustPolicy as { Statement: { Principal: { Service: string | string[] } }[] }
      trust.Statement[0]!.Principal.Service = ['ec2.amazonaws.com', 'lambda.amazonaws.com']
    })
    expect(edited).toContain('passRoleLambda')
  })

  it('safe-passedtoservice-other: without the iam:PassedToService condition, it passes LambdaAdminRole to Lambda', () => {
    const edited = pathsAfter('safe-passedtoservice-other', (_, u) => delete statements(u)[1]!.Condition)
    expect(edited).toContain('passRoleLambda')
  })

  it('safe-own-access-key: on every user instead of ${aws:username}, it creates a key for admin-ops', () => {
    const edited = pathsAfter('safe-own-access-key', (_, u) => {
      statements(u)[0]!.Resource = 'arn:aws:iam::111122223333:user/admin-ops'
    })
    expect(edited).toContain('createAccessKey')
  })

  it('safe-expired-condition: before the window closed, it attaches AdministratorAccess to itself', () => {
    const edited = pathsAfter('safe-expired-condition', (s) => (s.environment!.time = '2024-12-01T12:00:00Z'))
    expect(edited).toContain('grantSelf')
  })

  it('safe-readonly-attach: with iam:PolicyARN naming AdministratorAccess, it attaches that to itself', () => {
    const edited = pathsAfter('safe-readonly-attach', (_, u) => {
      statements(u)[0]!.Condition = { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } }
    })
    expect(edited).toContain('grantSelf')
  })
})
