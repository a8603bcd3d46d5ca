// Shared cases for the escalation techniques' tests: a principal `eve`, a more powerful role `Target`, and the
// near misses every PassRole technique and every existing-resource technique must not report.
import { describe, expect, it } from 'vitest'
import {
  auditScenario,
  type CheckId,
  type Finding,
  type Resource,
  type Role,
  type Scenario,
} from '../../../../../src/engine/index'
import { A, clean, trustDoc } from '../../../audit/fixtures'

export { A }
import { deny, may } from './world'

/** The inline policies a test gives `eve` (the same as the IAM techniques' tests use). */
export { deny, may }
/** The region of the test scenarios (the default). */
export const REGION = 'us-east-1'

/** `Target`: a role that can do everything and that `service` may assume. */
export function target(service: string, extra: Partial<Role> = {}): Role {
  return {
    name: 'Target',
    trustPolicy: trustDoc({ Service: service }) as never,
    managedPolicies: ['AdministratorAccess'],
    ...extra,
  }
}

/** A scenario with user `eve` (with the given inline policies), the roles and the resources. */
export function world(policies: object[], roles: Role[], resources: Resource[] = []): Scenario {
  return clean({ users: [{ name: 'eve', inlinePolicies: policies as never }], roles, resources })
}

/** Eve's finding of a check, if any. */
export function findingOf(s: Scenario, check: CheckId): Finding | undefined {
  return auditScenario(s).find((f) => f.check === check && f.params.name === 'eve')
}

/** The detail keys of eve's finding of a check. */
export function keysOf(s: Scenario, check: CheckId = 'privilege-escalation'): string[] {
  return (findingOf(s, check)?.details ?? []).map((d) => d.key)
}

/** What a PassRole technique needs: the service principal, the service's actions, and what else the role needs. */
export interface PassRoleCase {
  id: string
  service: string
  actions: string[]
  role?: Partial<Role>
}

/**
 * The technique applies when eve may pass `Target` to the service and make every service request, and is not
 * reported when the role does not trust the service, when `iam:PassRole` is denied or allowed only to another
 * service, or when one of the service's actions is missing.
 */
export function passRoleCases(c: PassRoleCase): void {
  const all = ['iam:PassRole', ...c.actions]
  const role = target(c.service, c.role)

  describe(`${c.id}: passing a more powerful role to ${c.service}`, () => {
    it('applies when eve may pass the role to the service and make its requests', () => {
      const f = findingOf(world([may('Do', all)], [role]), 'privilege-escalation')
      expect(f?.severity).toBe('critical')
      expect(f?.details?.map((d) => [d.key, d.params])).toEqual([[c.id, { target: 'Target', gained: '*' }]])
      expect(f?.entities.map((e) => `${e.kind}/${e.name}`)).toEqual(['user/eve', 'role/Target'])
    })

    it('does not apply when the role does not trust the service', () => {
      const other = { ...role, trustPolicy: trustDoc({ Service: 'batch.amazonaws.com' }) as never }
      expect(keysOf(world([may('Do', all)], [other]))).toEqual([])
    })

    it('does not apply when iam:PassRole is denied', () => {
      expect(keysOf(world([may('Do', all), deny('NoPass', 'iam:PassRole')], [role]))).toEqual([])
    })

    it('does not apply when iam:PassRole is allowed only to another service', () => {
      const other = c.service === 'ec2.amazonaws.com' ? 'lambda.amazonaws.com' : 'ec2.amazonaws.com'
      const pass = may('Pass', 'iam:PassRole', '*', {
        Condition: { StringEquals: { 'iam:PassedToService': other } },
      })
      expect(keysOf(world([pass, may('Do', c.actions)], [role]))).toEqual([])
      const right = may('Pass', 'iam:PassRole', '*', {
        Condition: { StringEquals: { 'iam:PassedToService': c.service } },
      })
      expect(keysOf(world([right, may('Do', c.actions)], [role]))).toEqual([c.id])
    })

    it.each(c.actions.map((a) => [a]))('does not apply without %s', (missing) => {
      expect(
        keysOf(
          world(
            [
              may(
                'Do',
                all.filter((a) => a !== missing),
              ),
            ],
            [role],
          ),
        ),
      ).not.toContain(c.id)
    })

    it('does not apply when the role can do no more than eve', () => {
      const weak = { ...role, managedPolicies: [] }
      expect(keysOf(world([may('Do', all)], [weak]))).toEqual([])
    })
  })
}

/** What an existing-resource technique needs: the service, a resource that runs as `Target`, and eve's grant. */
export interface ResourceCase {
  id: string
  service: string
  /** The resource running as `Target` (with `executionRole` or `instanceProfile`). */
  resource: Resource
  /** The actions eve is allowed, on every resource. */
  actions: string[]
  /** The `actions` param of the step. */
  used: string
  /** What else `Target` needs (EC2: an instance profile). */
  role?: Partial<Role>
  /** Other resources the actions need besides the resource itself (`ssm:SendCommand`: its document). */
  alsoOn?: string[]
}

/**
 * Certain when the scenario lists a resource of the kind that runs as the more powerful `Target`; not reported when
 * it lists only one without a role, when the action is denied or allowed only on another resource, or when the role
 * does not trust the service; possible (`possible-privilege-escalation`, `<id>.possible`) when the scenario lists no
 * resource of the kind, unless no role of the account that the service may use can do more.
 */
export function resourceCases(c: ResourceCase): void {
  const role = target(c.service, c.role)
  const bare: Resource = { arn: c.resource.arn }
  const grant = may('Do', c.actions)

  describe(`${c.id}: an existing resource that runs as a more powerful role`, () => {
    it('is certain when the scenario lists such a resource', () => {
      const f = findingOf(world([grant], [role], [c.resource]), 'privilege-escalation')
      expect(f?.severity).toBe('critical')
      const name = c.resource.name ?? c.resource.arn
      expect(f?.details?.map((d) => [d.key, d.params])).toEqual([
        [c.id, { actions: c.used, resource: name, target: 'Target', gained: '*' }],
      ])
      expect(f?.entities.map((e) => `${e.kind}/${e.name}`)).toEqual(['user/eve', `resource/${c.resource.arn}`])
      expect(findingOf(world([grant], [role], [c.resource]), 'possible-privilege-escalation')).toBeUndefined()
    })

    it('is not reported when the resources of the kind the scenario lists run as no role', () => {
      const s = world([grant], [role], [bare])
      expect(keysOf(s)).toEqual([])
      expect(keysOf(s, 'possible-privilege-escalation')).toEqual([])
    })

    it('is not reported when the action is denied, or allowed only on another resource', () => {
      expect(keysOf(world([grant, deny('No', c.actions)], [role], [c.resource]))).toEqual([])
      const elsewhere = may('Do', c.actions, [`${c.resource.arn}-other`, ...(c.alsoOn ?? [])])
      expect(keysOf(world([elsewhere], [role], [c.resource]))).toEqual([])
    })

    it('is not reported when the role does not trust the service', () => {
      const other = { ...role, trustPolicy: trustDoc({ Service: 'batch.amazonaws.com' }) as never }
      expect(keysOf(world([grant], [other], [c.resource]))).toEqual([])
    })

    it('is possible, with a lower severity, when the scenario lists no resource of the kind', () => {
      const f = findingOf(world([grant], [role]), 'possible-privilege-escalation')
      expect(f?.severity).toBe('medium')
      expect(f?.details?.map((d) => [d.key, d.params])).toEqual([
        [`${c.id}.possible`, { actions: c.used, target: 'Target', gained: '*' }],
      ])
      expect(keysOf(world([grant], [role]))).toEqual([])
    })

    it('is possible through a grant that names resources by a pattern', () => {
      const arn = c.resource.arn
      const pattern = `${arn.slice(0, arn.length - 2)}*`
      const grant = may('Do', c.actions, [pattern, ...(c.alsoOn ?? [])])
      expect(keysOf(world([grant], [role]), 'possible-privilege-escalation')).toEqual([`${c.id}.possible`])
    })

    it('is not possible when no role the service may use can do more', () => {
      const other = { ...role, trustPolicy: trustDoc({ Service: 'batch.amazonaws.com' }) as never }
      expect(keysOf(world([grant], [other]), 'possible-privilege-escalation')).toEqual([])
      const weak = { ...role, managedPolicies: [] }
      expect(keysOf(world([grant], [weak]), 'possible-privilege-escalation')).toEqual([])
    })
  })
}
