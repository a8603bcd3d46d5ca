// An escalation path on the graph: its steps resolved to edges between the nodes of their callers and targets, the
// part of the graph shown with it (what reaches each principal of the path), and the picture the worker lays out.
import { describe, expect, it } from 'vitest'
import { buildGraph, type PathStep } from '../../../src/engine/index'
import { pathGraph, pathModel, stepLabel, stepLabelWidth } from '../../../src/lib/graph/path'
import { graphPicture } from '../../../workers/graph/picture'
import { A } from '../../helpers/scenario'
import { library } from './support'

const hygiene = library('credential-hygiene')
const whole = buildGraph(hygiene)
const user = (name: string) => `arn:aws:iam::${A}:user/${name}`
const role = (name: string) => `arn:aws:iam::${A}:role/${name}`
const probe = `arn:aws:lambda:us-east-1:${A}:function:iam-playground-probe`
const ADMIN_POLICY = 'policy:arn:aws:iam::aws:policy/AdministratorAccess'

/** dev-carol makes a key for admin-alice. */
const keys: PathStep[] = [
  {
    principal: user('dev-carol'),
    action: 'iam:CreateAccessKey',
    resource: user('admin-alice'),
    to: { kind: 'user', name: 'admin-alice', account: A },
  },
]

/** ci-deployer passes LambdaAdminRole to Lambda, which assumes it, and makes a function that is not in the scenario. */
const passRole: PathStep[] = [
  {
    principal: user('ci-deployer'),
    action: 'iam:PassRole',
    resource: role('LambdaAdminRole'),
    context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
    to: { kind: 'role', name: 'LambdaAdminRole', account: A },
  },
  { principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: role('LambdaAdminRole') },
  {
    principal: user('ci-deployer'),
    action: 'lambda:CreateFunction',
    resource: probe,
    to: { kind: 'resource', name: probe },
  },
]

describe(pathModel, () => {
  it('draws each step from its caller’s node to the node of what it reaches, the first caller as the actor', () => {
    expect(pathModel(whole, keys)).toEqual({
      actor: `user:${A}/dev-carol`,
      edges: [
        {
          id: 'step:1',
          step: 1,
          action: 'iam:CreateAccessKey',
          from: `user:${A}/dev-carol`,
          to: `user:${A}/admin-alice`,
        },
      ],
      missing: [],
    })
  })

  it('finds a target by its resource ARN when the step names no entity, a service by its name, and says which steps it cannot draw', () => {
    const model = pathModel(whole, passRole)
    expect(model.edges.map((e) => `${e.step} ${e.from} -${e.action}-> ${e.to}`)).toEqual([
      `1 user:${A}/ci-deployer -iam:PassRole-> role:${A}/LambdaAdminRole`,
      `2 service:lambda.amazonaws.com -sts:AssumeRole-> role:${A}/LambdaAdminRole`,
    ])
    // The function the step would create is no node of the scenario.
    expect(model.missing).toEqual([3])
  })

  it('finds a role through the ARN of a session of it, and draws nothing for entities the scenario lacks', () => {
    const model = pathModel(whole, [
      {
        principal: `arn:aws:sts::${A}:assumed-role/LambdaAdminRole/s`,
        action: 'iam:CreateAccessKey',
        resource: user('admin-alice'),
      },
      { principal: user('nobody'), action: 'iam:CreateAccessKey', resource: user('admin-alice') },
    ])
    expect(model.actor).toBe(`role:${A}/LambdaAdminRole`)
    expect(model.edges.map((e) => e.from)).toEqual([`role:${A}/LambdaAdminRole`])
    expect(model.missing).toEqual([2])
    expect(pathModel(whole, [])).toEqual({ edges: [], missing: [] })
  })
})

describe(pathGraph, () => {
  it('shows what reaches each principal of the path, and nothing else', () => {
    const shown = pathGraph(whole, pathModel(whole, keys))
    const ids = shown.nodes.map((n) => n.id)
    // dev-carol's group and policy, and what makes admin-alice powerful: her group and its policy.
    expect(ids).toEqual(
      expect.arrayContaining([
        `user:${A}/dev-carol`,
        `group:${A}/Developers`,
        `user:${A}/admin-alice`,
        `group:${A}/Admins`,
        ADMIN_POLICY,
      ]),
    )
    expect(ids).not.toContain(`user:${A}/legacy-bob`)
    expect(ids).not.toContain(`role:${A}/PartnerAuditRole`)
    // Every edge joins two nodes shown; the graph's own edges among them are there.
    const kept = new Set(ids)
    for (const e of shown.edges) expect(kept.has(e.from) && kept.has(e.to)).toBe(true)
    expect(shown.edges.map((e) => e.id)).toContain(`attached:group:${A}/Admins->${ADMIN_POLICY}`)
    // The actor's nodes read their path from the actor.
    expect(shown.nodes.find((n) => n.id === `group:${A}/Developers`)?.path?.[0]).toBe(`user:${A}/dev-carol`)
  })

  it('keeps the path’s own nodes whatever kinds are hidden', () => {
    const shown = pathGraph(whole, pathModel(whole, keys), ['user', 'group'])
    const kinds = shown.nodes.map((n) => `${n.kind} ${n.label}`)
    expect(kinds.filter((k) => k.startsWith('user ')).sort()).toEqual(['user admin-alice', 'user dev-carol'].sort())
    expect(kinds.filter((k) => k.startsWith('group '))).toEqual([])
  })
})

describe('graphPicture with a path', () => {
  it('lays the steps out between their nodes’ boxes, labelled, with the actor in focus', () => {
    const picture = graphPicture(hygiene, { path: passRole, focus: `user:${A}/admin-alice` })
    expect(picture.focus).toBe(`user:${A}/ci-deployer`)
    expect(picture.missing).toEqual([3])
    expect(picture.steps.map((s) => s.id)).toEqual(['step:1', 'step:2'])
    const box = new Map(picture.nodes.map((n) => [n.id, n]))
    const on = (p: { x: number; y: number }, id: string) => {
      const b = box.get(id)!
      return p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1
    }
    for (const s of picture.steps) {
      expect(s.points.length).toBeGreaterThanOrEqual(2)
      expect(on(s.points[0]!, s.from)).toBe(true)
      expect(on(s.points.at(-1)!, s.to)).toBe(true)
      // The label lies inside the picture and on no node's box.
      const w = stepLabelWidth(s)
      expect(s.label.x - w / 2).toBeGreaterThanOrEqual(0)
      expect(s.label.x + w / 2).toBeLessThanOrEqual(picture.width)
      for (const n of picture.nodes) {
        const apart =
          s.label.x + w / 2 <= n.x ||
          s.label.x - w / 2 >= n.x + n.width ||
          s.label.y + 9 <= n.y ||
          s.label.y - 9 >= n.y + n.height
        expect(apart, `${stepLabel(s)} over ${n.id}`).toBe(true)
      }
    }
  })

  it('draws a step on the caller itself as a loop on its box, labelled beside it', () => {
    const self: PathStep[] = [
      {
        principal: user('dev-carol'),
        action: 'iam:PutUserPolicy',
        resource: user('dev-carol'),
        to: { kind: 'user', name: 'dev-carol', account: A },
      },
    ]
    const picture = graphPicture(hygiene, { path: self })
    const [loop] = picture.steps
    const box = picture.nodes.find((n) => n.id === `user:${A}/dev-carol`)!
    expect(loop?.from).toBe(box.id)
    expect(loop?.to).toBe(box.id)
    expect(loop!.points.length).toBeGreaterThanOrEqual(2)
    for (const p of [loop!.points[0]!, loop!.points.at(-1)!]) {
      expect(p.x).toBeGreaterThanOrEqual(box.x - 1)
      expect(p.x).toBeLessThanOrEqual(box.x + box.width + 1)
    }
    // The label hangs below the box, inside the picture.
    expect(loop!.label.y - 9).toBeGreaterThan(box.y + box.height)
    expect(loop!.label.x - stepLabelWidth(loop!) / 2).toBeGreaterThanOrEqual(0)
    expect(loop!.label.y + 9).toBeLessThanOrEqual(picture.height)
  })

  it('draws no steps without a path, and the focus chosen', () => {
    const picture = graphPicture(hygiene, { focus: `user:${A}/admin-alice` })
    expect(picture.steps).toEqual([])
    expect(picture.missing).toBeUndefined()
    expect(picture.focus).toBe(`user:${A}/admin-alice`)
  })
})
