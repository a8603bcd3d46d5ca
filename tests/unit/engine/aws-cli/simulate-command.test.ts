// "Copy as AWS CLI": the commands run in bash give the AWS CLI exactly the scenario's documents, the question and the
// context keys the documents name; what the simulator leaves out is said.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { english, exampleScenario, simulate, simulateCommands, type Scenario } from '../../../../src/engine/index'
import { allow, policy } from '../../../helpers/policy'
import { A, scenario, trust } from '../../../helpers/scenario'

/** The arguments bash passes to `aws` when it runs `command` (an `aws` function prints them as JSON). */
function argsOf(command: string): string[] {
  const script = `aws() { node -e 'console.log(JSON.stringify(process.argv.slice(1)))' "$@"; }\n${command}`
  return JSON.parse(execFileSync('bash', ['-c', script], { encoding: 'utf8', cwd: '/' })) as string[]
}

/** The values after `flag` up to the next option. */
function option(args: string[], flag: string): string[] {
  const at = args.indexOf(flag)
  if (at < 0) return []
  const rest = args.slice(at + 1)
  const next = rest.findIndex((a) => a.startsWith('--'))
  return next < 0 ? rest : rest.slice(0, next)
}

function commands(s: Scenario, request: { principal: string; action: string; resource: string }) {
  return simulateCommands(s, request, simulate(s, request))
}

describe('a user', () => {
  const s = exampleScenario()
  const first = s.requests![0]!
  const request = { principal: first.principal, action: first.action, resource: first.resource }
  const c = commands(s, request)

  it('gets simulate-principal-policy with the question, and its context keys as typed entries', () => {
    const args = argsOf(c.principal!)
    expect(args.slice(0, 2)).toEqual(['iam', 'simulate-principal-policy'])
    expect(option(args, '--policy-source-arn')).toEqual([simulate(s, request).principal.arn])
    expect(option(args, '--action-names')).toEqual([request.action])
    expect(option(args, '--resource-arns')).toEqual([request.resource])
    const entries = JSON.parse(option(args, '--context-entries')[0] ?? '[]') as { ContextKeyName: string }[]
    expect(entries.length).toBeGreaterThan(0)
    // Only keys the documents name, each typed as the simulator wants it.
    const custom = argsOf(c.custom)
    // The documents passed, and the organization's SCPs (the principal command simulates the real ones).
    const scps = (s.organization?.policies ?? []).map((p) => JSON.stringify(p.document))
    const documents = [...option(custom, '--policy-input-list'), ...option(custom, '--resource-policy'), ...scps]
      .join('\n')
      .toLowerCase()
    for (const entry of entries) expect(documents).toContain(entry.ContextKeyName.toLowerCase())
    const time = entries.find((e) => e.ContextKeyName === 'aws:CurrentTime')
    if (time) expect(time).toMatchObject({ ContextKeyType: 'date' })
  })

  it('gets simulate-custom-policy with each identity policy document inline, exactly', () => {
    const args = argsOf(c.custom)
    expect(args.slice(0, 2)).toEqual(['iam', 'simulate-custom-policy'])
    const docs = option(args, '--policy-input-list').map((d) => JSON.parse(d) as unknown)
    const result = simulate(s, request)
    const identity = result.trace.policyTypes.find((t) => t.type === 'identity')!.policies
    expect(docs).toHaveLength(identity.length)
    expect(c.notes.map(english).join('\n')).toMatch(/documents, passed inline/)
  })
})

describe('roles, sessions, boundaries, resource policies, the root user', () => {
  const doc = policy(allow('s3:GetObject', "arn:aws:s3:::it's/*"))
  const s = scenario({
    policies: [{ name: 'Bound', versions: [{ id: 'v1', document: policy(allow('s3:*')), isDefault: true }] }],
    users: [{ name: 'alice', inlinePolicies: [{ name: 'Read', document: doc }], permissionsBoundary: 'Bound' }],
    roles: [
      {
        name: 'App',
        path: '/svc/',
        trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }),
        inlinePolicies: [{ name: 'Read', document: doc }],
      },
    ],
    resources: [
      {
        arn: "arn:aws:s3:::it's",
        policy: policy(
          allow('s3:GetObject', "arn:aws:s3:::it's/*", { Principal: { AWS: `arn:aws:iam::${A}:user/alice` } }),
        ),
      },
    ],
  })

  it('quotes a resource with a quote and a star so bash passes it unchanged, with the boundary and the bucket policy', () => {
    const c = commands(s, { principal: 'user/alice', action: 's3:GetObject', resource: "arn:aws:s3:::it's/a*b" })
    const args = argsOf(c.custom)
    expect(option(args, '--resource-arns')).toEqual(["arn:aws:s3:::it's/a*b"])
    expect(JSON.parse(option(args, '--permissions-boundary-policy-input-list')[0]!)).toEqual(policy(allow('s3:*')))
    expect(JSON.parse(option(args, '--resource-policy')[0]!)).toMatchObject({ Statement: expect.any(Array) })
    expect(option(args, '--caller-arn')).toEqual([`arn:aws:iam::${A}:user/alice`])
  })

  it('simulates a session as its role (with its path), and says session policies are not simulated', () => {
    const c = commands(s, {
      principal: `arn:aws:sts::${A}:assumed-role/App/s1`,
      action: 's3:GetObject',
      resource: "arn:aws:s3:::it's/k",
    })
    expect(option(argsOf(c.principal!), '--policy-source-arn')).toEqual([`arn:aws:iam::${A}:role/svc/App`])
    expect(option(argsOf(c.custom), '--caller-arn')).toEqual([])
    const notes = c.notes.map(english).join('\n')
    expect(notes).toMatch(/takes roles, not role sessions/)
    expect(notes).toMatch(/resource-based policy is simulated for an IAM user caller only/)
  })

  it('offers only simulate-custom-policy for the root user', () => {
    const c = commands(s, { principal: 'root', action: 's3:GetObject', resource: '*' })
    expect(c.principal).toBeUndefined()
    expect(c.notes.map(english).join('\n')).toMatch(/takes a user, group or role/)
    expect(argsOf(c.custom).slice(0, 2)).toEqual(['iam', 'simulate-custom-policy'])
  })
})
