// Small accounts for the escalation techniques' tests: an administrator to be more powerful than, the principal
// under test (`eve` unless told), and helpers to read what the audit says about it.
import {
  auditScenario,
  type FindingDetail,
  type Group,
  type ManagedPolicy,
  type Role,
  type Scenario,
  type User,
} from '../../../../../src/engine/index'
import { A, B, allowDoc, clean, trustDoc } from '../../../audit/fixtures'

export { A, B, allowDoc, trustDoc }

export const userArn = (name: string, account = A) => `arn:aws:iam::${account}:user/${name}`
export const roleArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`
export const groupArn = (name: string) => `arn:aws:iam::${A}:group/${name}`
export const policyArn = (name: string) => `arn:aws:iam::${A}:policy/${name}`
export const AWS_POLICY = (name: string) => `arn:aws:iam::aws:policy/${name}`

/** An inline policy allowing `action` on `resource`, with extra statement fields (a `Condition`, say). */
export const may = (
  name: string,
  action: string | string[],
  resource: string | string[] = '*',
  extra: object = {},
) => ({
  name,
  document: allowDoc(action, resource, extra) as never,
})

/** An inline policy denying `action` on `resource`. */
export const deny = (name: string, action: string | string[], resource: string | string[] = '*') => ({
  name,
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: resource }] } as never,
})

/** A customer managed policy of account A; its first version is the default unless one says otherwise. */
export function managed(name: string, ...documents: object[]): ManagedPolicy {
  return {
    name,
    versions: documents.map((document, i) => ({ id: `v${i + 1}`, isDefault: i === 0, document: document as never })),
  }
}

/** A role of account A that trusts `principal` (an ARN, or a `{ Service }`), with the given parts. */
export function role(name: string, principal: string | object, parts: Partial<Role> = {}): Role {
  const trusted = typeof principal === 'string' ? { AWS: principal } : principal
  return { name, trustPolicy: trustDoc(trusted) as never, ...parts }
}

const admin: User = { name: 'admin', groups: ['Admins'] }
const admins: Group = { name: 'Admins', managedPolicies: ['AdministratorAccess'] }

/** An account with `admin` (in group Admins, with AdministratorAccess) besides the given parts. */
export function world(parts: {
  users?: User[]
  groups?: Group[]
  roles?: Role[]
  policies?: ManagedPolicy[]
  accounts?: Scenario['accounts']
}): Scenario {
  const { accounts, ...rest } = parts
  const s = clean({ ...rest, users: [admin, ...(parts.users ?? [])], groups: [admins, ...(parts.groups ?? [])] })
  return accounts ? { ...s, accounts: [...s.accounts, ...accounts] } : s
}

/** The `privilege-escalation` details of one principal (none when it has no such finding). */
export function escalations(s: Scenario, name = 'eve'): FindingDetail[] {
  return auditScenario(s)
    .filter((f) => f.check === 'privilege-escalation' && f.params.name === name)
    .flatMap((f) => f.details ?? [])
}

/** The technique ids of a principal's escalation paths, in order. */
export function ways(s: Scenario, name = 'eve'): string[] {
  return escalations(s, name).map((d) => d.key)
}
