// accessDiff: what an edit did to who may do what — gains, losses, saved requests, no change, wildcards, steps
// that add up to the whole, and cancellation.
import { describe, expect, it } from 'vitest'
import {
  accessDiff,
  accessDiffPlan,
  accessDiffStep,
  impactActions,
  sortAccessChanges,
  standInAction,
  type AccessChange,
  type Scenario,
} from '../../../../src/engine/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, inline, role, scenario } from '../../../helpers/scenario'

const BUCKET = 'arn:aws:s3:::assets'
const OBJ = `${BUCKET}/logo.png`
const TABLE = `arn:aws:dynamodb:ap-northeast-2:${A}:table/Orders`

const before = scenario({
  users: [
    { name: 'jiwoo', groups: ['FE'] },
    { name: 'minho', groups: ['BE'] },
  ],
  groups: [
    { name: 'FE', inlinePolicies: [inline('Read', 's3:GetObject', `${BUCKET}/*`)] },
    { name: 'BE', managedPolicies: ['Backend'] },
  ],
  policies: [
    {
      name: 'Backend',
      versions: [
        { id: 'v1', isDefault: true, document: policy(allow(['dynamodb:GetItem', 'dynamodb:DeleteItem'], TABLE)) },
      ],
    },
  ],
  roles: [role('Ops', { inlinePolicies: [inline('All', 's3:*')] })],
  resources: [{ arn: BUCKET }, { arn: OBJ }],
  requests: [
    { id: 'be-delete', principal: 'user/minho', action: 'dynamodb:DeleteItem', resource: TABLE, expect: 'Allow' },
  ],
})

/** `before` with BE's managed policy detached and FE given s3:PutObject. */
const after: Scenario = {
  ...before,
  groups: [
    { name: 'FE', inlinePolicies: [inline('Read', ['s3:GetObject', 's3:PutObject'], `${BUCKET}/*`)] },
    { name: 'BE' },
  ],
}

const line = (c: AccessChange) =>
  `${c.principal.name} ${c.change} ${c.action} on ${c.resource} (${c.before} → ${c.after})${c.request ? ` [${c.request.id}]` : ''}`

describe(accessDiff, () => {
  it('lists gains and losses, principals in account order, then actions; saved requests last', () => {
    const result = accessDiff(before, after)
    expect(result.cancelled).toBe(false)
    expect(result.changes.map(line)).toEqual([
      `jiwoo gained s3:PutObject on ${OBJ} (ImplicitDeny → Allow)`,
      `minho lost dynamodb:DeleteItem on ${TABLE} (Allow → ImplicitDeny)`,
      `minho lost dynamodb:GetItem on ${TABLE} (Allow → ImplicitDeny)`,
      `minho lost dynamodb:DeleteItem on ${TABLE} (Allow → ImplicitDeny) [be-delete]`,
    ])
  })

  it('finds the reverse when the edit is undone (before and after swapped)', () => {
    const back = accessDiff(after, before).changes
    expect(back.map((c) => c.change)).toEqual(['lost', 'gained', 'gained', 'gained'])
    expect(back[0]).toMatchObject({ action: 's3:PutObject', before: 'Allow', after: 'ImplicitDeny' })
  })

  it('reports nothing when access is the same (a change that moves no decision)', () => {
    const renamed: Scenario = { ...before, title: 'renamed', groups: before.groups!.map((g) => ({ ...g })) }
    expect(accessDiff(before, renamed)).toMatchObject({ changes: [], cancelled: false })
    expect(accessDiff(before, before).changes).toEqual([])
  })

  it('counts only Allow ↔ not Allow: an implicit deny turning explicit is no change in access', () => {
    const denied: Scenario = {
      ...before,
      users: [
        { name: 'jiwoo', groups: ['FE'], inlinePolicies: [{ name: 'No', document: policy(deny('s3:PutObject')) }] },
        before.users![1]!,
      ],
    }
    expect(accessDiff(before, denied).changes).toEqual([])
    // …while a deny of an allowed action is a loss.
    const blocked: Scenario = {
      ...before,
      users: [
        { name: 'jiwoo', groups: ['FE'], inlinePolicies: [{ name: 'No', document: policy(deny('s3:GetObject')) }] },
        before.users![1]!,
      ],
    }
    // (The deny also names `*`, where jiwoo was never allowed: no entry there.)
    expect(accessDiff(before, blocked).changes.map(line)).toEqual([
      `jiwoo lost s3:GetObject on ${OBJ} (Allow → ExplicitDeny)`,
    ])
  })

  it('covers principals present on one side only: a deleted user loses what it had', () => {
    const gone: Scenario = { ...before, users: [before.users![1]!] }
    expect(accessDiff(before, gone).changes.map(line)).toEqual([
      `jiwoo lost s3:GetObject on ${OBJ} (Allow → ImplicitDeny)`,
    ])
  })

  it('reports a saved request whose decision flips, with its id, even for a principal with no policies', () => {
    const withRequest: Scenario = {
      ...before,
      requests: [{ id: 'ops-put', principal: 'role/Ops', action: 's3:PutObject', resource: OBJ }],
    }
    const noOps: Scenario = { ...withRequest, roles: [role('Ops')] }
    const changes = accessDiff(withRequest, noOps).changes
    expect(changes.at(-1)).toMatchObject({
      change: 'lost',
      action: 's3:PutObject',
      request: { index: 0, id: 'ops-put' },
    })
    expect(changes.at(-1)!.principal.ref).toBe(`arn:aws:iam::${A}:role/Ops`)
  })

  it('keeps a wide wildcard action as written and decides it with its stand-in', () => {
    const noOps: Scenario = { ...before, roles: [role('Ops')] }
    // `s3:*` on `*`: one entry, not every S3 action.
    expect(accessDiff(before, noOps).changes.map(line)).toEqual(['Ops lost s3:* on * (Allow → ImplicitDeny)'])
    expect(standInAction('s3:*')).toBe('s3:_')
    expect(standInAction('s3:Get*')).toBe('s3:Get_')
    expect(standInAction('*')).toBe('x:_')
    expect(standInAction('not an action')).toBeUndefined()
  })

  it('a deny of one action leaves the wildcard it falls under allowed (the stand-in is not that action)', () => {
    const narrowed: Scenario = {
      ...before,
      roles: [
        role('Ops', {
          inlinePolicies: [inline('All', 's3:*'), { name: 'No', document: policy(deny('s3:DeleteObject')) }],
        }),
      ],
    }
    expect(accessDiff(before, narrowed).changes.map(line)).toEqual([
      'Ops lost s3:DeleteObject on * (Allow → ExplicitDeny)',
    ])
  })

  it('expands a narrow wildcard against the catalog, and keeps a wide one as written', async () => {
    const catalog = nodeCatalog()
    await catalog.load(['s3'])
    const snapshot = catalog.snapshot()
    const narrow = impactActions('s3:GetObjectAcl*', snapshot)
    expect(narrow.length).toBeGreaterThan(0)
    expect(narrow.every((a) => a.toLowerCase().startsWith('s3:getobjectacl'))).toBe(true)
    expect(impactActions('s3:*', snapshot)).toEqual(['s3:*'])
    expect(impactActions('s3:Get*')).toEqual(['s3:Get*'])
    expect(impactActions('s3:GetObject')).toEqual(['s3:GetObject'])
  })

  it('gives the same changes step by step as at once, whatever the step size', () => {
    const whole = accessDiff(before, after).changes
    const plan = accessDiffPlan(before, after, { stepCells: 1 })
    expect(plan.steps.length).toBeGreaterThan(3)
    const parts = plan.steps.flatMap((_, i) => accessDiffStep(before, after, plan, i))
    expect(sortAccessChanges(plan, parts)).toEqual(whole)
    expect(plan.total).toBe(plan.steps.reduce((n, s) => n + s.size, 0))
  })

  it('reports progress after each step and stops when cancelled', () => {
    const seen: number[] = []
    const full = accessDiff(before, after, { stepCells: 1, onProgress: (done) => seen.push(done) })
    expect(seen.at(-1)).toBe(full.total)
    expect(seen).toEqual([...seen].sort((x, y) => x - y))
    let calls = 0
    const stopped = accessDiff(before, after, { stepCells: 1, isCancelled: () => ++calls > 2 })
    expect(stopped.cancelled).toBe(true)
    expect(calls).toBe(3)
    expect(stopped.changes.length).toBeLessThan(full.changes.length)
  })
})

describe(accessDiffPlan, () => {
  it('concretizes a resource pattern to the scenario resources it matches, and fills in ${aws:username}', () => {
    const s = scenario({
      users: [
        {
          name: 'jiwoo',
          inlinePolicies: [
            { name: 'Own', document: policy(allow('iam:ChangePassword', `arn:aws:iam::${A}:user/\${aws:username}`)) },
            { name: 'Objects', document: policy(allow('s3:GetObject', `${BUCKET}/*`)) },
            { name: 'Other', document: policy(allow('s3:PutObject', 'arn:aws:s3:::other/*')) },
          ],
        },
      ],
      resources: [{ arn: BUCKET }, { arn: OBJ }],
    })
    const plan = accessDiffPlan(s, s)
    // Resources in sorted order; a pattern matching none of the scenario's resources stays as written.
    expect(plan.groups.map((g) => [g.resource, g.actions])).toEqual([
      [`arn:aws:iam::${A}:user/jiwoo`, ['iam:ChangePassword']],
      [OBJ, ['s3:GetObject']],
      ['arn:aws:s3:::other/*', ['s3:PutObject']],
    ])
  })
})
