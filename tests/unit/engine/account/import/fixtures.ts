// Shared by the importer tests: fixture loading, small builders in the AWS output's own shape, and lookups.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ImportResult } from '../../../../../src/engine/account/import/index'
import type { Scenario } from '../../../../../src/engine/scenario/model'

/** The account the hand-written fixtures use. */
export const ACCOUNT = '123456789012'

/** A fixture from tests/fixtures/aws/, parsed as the UI would parse a file (so its type is unknown). */
export function fixture(name: string): unknown {
  const url = new URL(`../../../../fixtures/aws/${name}.json`, import.meta.url)
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as unknown
}

/** A minimal valid identity policy document. */
export const allow = (action = 's3:GetObject', resource = '*') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
})

/** A minimal valid trust policy document. */
export const trust = (service = 'ec2.amazonaws.com') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
})

/** A UserDetail with an ARN in {@link ACCOUNT}; `extra` overrides or adds fields. */
export const userDetail = (name: string, extra: Record<string, unknown> = {}) => ({
  Path: '/',
  UserName: name,
  Arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
  ...extra,
})

/** A GroupDetail in {@link ACCOUNT}. */
export const groupDetail = (name: string, extra: Record<string, unknown> = {}) => ({
  Path: '/',
  GroupName: name,
  Arn: `arn:aws:iam::${ACCOUNT}:group/${name}`,
  ...extra,
})

/** A RoleDetail in {@link ACCOUNT} trusting EC2. */
export const roleDetail = (name: string, extra: Record<string, unknown> = {}) => ({
  Path: '/',
  RoleName: name,
  Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
  AssumeRolePolicyDocument: trust(),
  ...extra,
})

/** A customer ManagedPolicyDetail in {@link ACCOUNT} with one default version per document given. */
export const policyDetail = (name: string, documents: unknown[] = [allow()], extra: Record<string, unknown> = {}) => ({
  PolicyName: name,
  Arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
  Path: '/',
  DefaultVersionId: `v${documents.length}`,
  PolicyVersionList: documents.map((Document, i) => ({
    Document,
    VersionId: `v${documents.length - i}`,
    IsDefaultVersion: i === 0,
  })),
  ...extra,
})

/** The scenario ARN of a customer managed policy of {@link ACCOUNT}. */
export const customerArn = (name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:policy${path}${name}`

/** The entity of that name, failing the test when it is missing. */
export function find<K extends 'users' | 'groups' | 'roles' | 'policies'>(
  result: ImportResult | Scenario,
  list: K,
  name: string,
): NonNullable<Scenario[K]>[number] {
  const scenario = 'scenario' in result ? result.scenario : result
  const hit = (scenario[list] as { name: string }[] | undefined)?.find((e) => e.name === name)
  if (!hit) throw new Error(`no ${list} entry named ${name}`)
  return hit as NonNullable<Scenario[K]>[number]
}

/** The warnings' messages at one JSON pointer. */
export const warningsAt = (result: ImportResult, path: string) =>
  result.warnings.filter((w) => w.path === path).map((w) => w.message)
