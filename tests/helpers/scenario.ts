// Small builders for scenario tests: a scenario from parts, trust policies, an organization, and a `sim` wrapper
// that checks what must hold for every simulation (the fast decision equals the trace's, and results clone).
import { expect } from 'vitest'
import type { OrgNode, Organization, Role, Scenario, Session } from '../../src/engine/scenario/model'
import type { SimulationRequest, SimulationResult, SimulateOptions } from '../../src/engine/index'
import { simulate } from '../../src/engine/index'
import { allow, policy, type Statement } from './policy'

/** The first (default) account. */
export const A = '111122223333'
/** A second member account. */
export const B = '444455556666'
/** The organization's management account. */
export const MGMT = '999988887777'
/** The organization ID. */
export const ORG = 'o-exampleorg1'
/** A fixed clock for deterministic contexts. */
export const T0 = '2026-01-01T00:00:00Z'

/** A scenario with the given parts; accounts default to {@link A} alone and the clock to {@link T0}. */
export function scenario(parts: Partial<Scenario> = {}): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'test',
    accounts: [{ id: A }],
    environment: { time: T0 },
    ...parts,
  }
}

/** A trust policy allowing `principal` (a `Principal` value) the action, with optional extra elements. */
export function trust(principal: unknown, action: string | string[] = 'sts:AssumeRole', extra: Statement = {}) {
  return policy({ Effect: 'Allow', Principal: principal, Action: action, ...extra })
}

/** A role trusting its own account (so identity policies decide who may assume it). */
export function role(name: string, extra: Partial<Role> = {}): Role {
  return { name, trustPolicy: trust({ AWS: `arn:aws:iam::${extra.account ?? A}:root` }), ...extra }
}

/** An inline policy entry allowing `action` on `resource`. */
export function inline(name: string, action: string | string[], resource: string | string[] = '*') {
  return { name, document: policy(allow(action, resource)) }
}

/** Overrides of one organization node (`scps` and `rcps` may be read-only tuples from `as const` tables). */
export type NodeOverride = Omit<Partial<OrgNode>, 'scps' | 'rcps'> & {
  scps?: readonly string[]
  rcps?: readonly string[]
}

function node(base: OrgNode, o: NodeOverride | undefined): OrgNode {
  const { scps, rcps, ...rest } = o ?? {}
  return { ...base, ...rest, ...(scps && { scps: [...scps] }), ...(rcps && { rcps: [...rcps] }) }
}

/**
 * An organization: root `r-root` holds OU `ou-root-dev00000` ("Dev") holding OU `ou-root-team0000` ("Team") holding
 * account {@link B}; {@link A} sits in Dev; {@link MGMT} at the root. Overrides go per node.
 */
export function org(
  nodes: { root?: NodeOverride; dev?: NodeOverride; team?: NodeOverride } = {},
  extra: Partial<Organization> = {},
): Organization {
  const team = node({ id: 'ou-root-team0000', name: 'Team', accounts: [B] }, nodes.team)
  const dev = node({ id: 'ou-root-dev00000', name: 'Dev', accounts: [A], children: [team] }, nodes.dev)
  const root = node({ id: 'r-root', name: 'Root', accounts: [MGMT], children: [dev] }, nodes.root)
  return { id: ORG, managementAccount: MGMT, root, ...extra }
}

/** Simulates and checks the invariants every result keeps. */
export function sim(s: Scenario, request: SimulationRequest, options?: SimulateOptions): SimulationResult {
  const result = simulate(s, request, options)
  expect(result.trace.decision).toBe(result.decision)
  return result
}

/** The decision of {@link sim}. */
export function decision(s: Scenario, request: SimulationRequest, options?: SimulateOptions) {
  return sim(s, request, options).decision
}

/** A session of `roleName` issued at `issuedAt` (default {@link T0}). */
export function session(roleName: string, sessionName: string, extra: Partial<Session> = {}): Session {
  return { role: roleName, sessionName, issuedAt: T0, ...extra }
}
