// The access matrix's parts: its rows (principals of a scenario), the query's checks with located errors, chunks
// that add up to the whole, known cells of a small account, the services summary and the CSV text.
import { describe, expect, it } from 'vitest'
import {
  accessMatrix,
  checkMatrixQuery,
  EngineInputError,
  isActionName,
  matrixCsv,
  matrixPrincipals,
  matrixRows,
  serviceCell,
  serviceColumns,
  serviceCoverage,
  type MatrixQuery,
} from '../../../src/engine/index'
import { allow, deny, policy } from '../../helpers/policy'
import { A, B, inline, org, role, scenario, T0 } from '../../helpers/scenario'

const BUCKET = 'arn:aws:s3:::reports'
const OBJ = `${BUCKET}/q1.csv`

const account = scenario({
  accounts: [{ id: A }, { id: B }],
  organization: org(
    { dev: { scps: ['FullAWSAccess', 'NoDelete'] } },
    { policies: [{ name: 'NoDelete', type: 'scp', document: policy(deny('s3:DeleteObject')) }] },
  ),
  users: [
    { name: 'alice', inlinePolicies: [inline('S3', 's3:*')] },
    { name: 'bob', groups: ['readers'] },
    { name: 'carol', account: B, inlinePolicies: [inline('Read', 's3:GetObject')] },
  ],
  groups: [{ name: 'readers', inlinePolicies: [inline('Read', ['s3:GetObject', 's3:ListBucket'])] }],
  roles: [role('Admin', { inlinePolicies: [inline('All', '*')] })],
  sessions: [{ role: 'Admin', sessionName: 'old', issuedAt: '2025-12-31T20:00:00Z' }],
  resources: [
    {
      arn: BUCKET,
      policy: policy(
        { ...deny('s3:PutObject', `${BUCKET}/*`), Principal: { AWS: `arn:aws:iam::${A}:user/bob` } },
        { ...allow('s3:GetObject', `${BUCKET}/*`), Principal: { AWS: `arn:aws:iam::${B}:user/carol` } },
      ),
    },
  ],
  environment: { time: T0 },
})

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 'ec2:RunInstances']

describe('matrixPrincipals', () => {
  it('lists users, roles and every account root by default, labelled with the account off the first one', () => {
    expect(matrixPrincipals(account).map((p) => [p.kind, p.label, p.ref])).toEqual([
      ['user', 'user/alice', `arn:aws:iam::${A}:user/alice`],
      ['user', 'user/bob', `arn:aws:iam::${A}:user/bob`],
      ['user', `user/carol (${B})`, `arn:aws:iam::${B}:user/carol`],
      ['role', 'role/Admin', `arn:aws:iam::${A}:role/Admin`],
      ['root', 'root', `arn:aws:iam::${A}:root`],
      ['root', `root (${B})`, `arn:aws:iam::${B}:root`],
    ])
  })

  it('gives the kinds asked for, sessions included when asked', () => {
    expect(matrixPrincipals(account, ['session', 'role']).map((p) => p.label)).toEqual([
      'role/Admin',
      'assumed-role/Admin/old',
    ])
    expect(matrixPrincipals(account, [])).toEqual([])
  })

  it('gives one row to a name defined twice, and none to a session of a missing role', () => {
    const twice = scenario({
      users: [{ name: 'dup' }, { name: 'dup' }],
      sessions: [{ role: 'Gone', sessionName: 's', issuedAt: T0 }],
    })
    expect(matrixPrincipals(twice, ['user', 'session']).map((p) => p.label)).toEqual(['user/dup'])
  })
})

describe('accessMatrix', () => {
  const query: MatrixQuery = {
    principals: matrixPrincipals(account).map((p) => p.ref),
    actions: ACTIONS,
    resource: OBJ,
  }

  it('decides each cell: identity allows, explicit denies of the bucket policy and the SCP, cross-account', () => {
    const { rows } = accessMatrix(account, query)
    expect(rows).toEqual([
      'AAEI', // alice: s3:* allows; the SCP denies DeleteObject; ec2 not allowed
      'AEEI', // bob: the group reads; the bucket policy denies him PutObject
      'AIEI', // carol (account B): both her policy and the bucket policy allow GetObject; B sits under the SCP
      'AAEA', // Admin: `*`, but the SCP still denies DeleteObject
      'AAEA', // root of A: everything in its account, within the SCPs
      'IIEI', // root of B: cross-account, the bucket policy names no one of B but carol; the SCP still denies
    ])
  })

  it('denies every action of an expired session, before any policy is read', () => {
    const { rows } = accessMatrix(account, { ...query, principals: [`arn:aws:sts::${A}:assumed-role/Admin/old`] })
    expect(rows).toEqual(['IIII'])
  })

  it('keeps the query in the result', () => {
    const result = accessMatrix(account, query)
    expect(result.principals).toEqual(query.principals)
    expect(result.actions).toEqual(ACTIONS)
    expect(result.resource).toBe(OBJ)
  })

  it('gives the same rows in chunks as at once', () => {
    const all = matrixRows(account, query)
    expect([
      ...matrixRows(account, query, 0, 2),
      ...matrixRows(account, query, 2, 5),
      ...matrixRows(account, query, 5, 6),
    ]).toEqual(all)
    expect(matrixRows(account, query, 3, 3)).toEqual([])
  })

  it('applies the environment and context to every cell', () => {
    const mfa = scenario({
      users: [
        {
          name: 'dana',
          inlinePolicies: [
            inline('S3', 's3:*'),
            {
              name: 'NoMfaNoDelete',
              document: policy(
                deny('s3:Delete*', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
              ),
            },
          ],
        },
      ],
    })
    const q = { principals: ['user/dana'], actions: ['s3:GetObject', 's3:DeleteObject'], resource: OBJ }
    expect(matrixRows(mfa, { ...q, environment: { mfa: false } })).toEqual(['AE'])
    expect(matrixRows(mfa, { ...q, environment: { mfa: true } })).toEqual(['AA'])
    expect(matrixRows(mfa, { ...q, context: { 'aws:MultiFactorAuthPresent': 'true' } })).toEqual(['AA'])
  })
})

describe('query checks', () => {
  const base = { principals: ['user/alice'], actions: ['s3:GetObject'], resource: '*' }
  const error = (q: unknown) => {
    try {
      checkMatrixQuery(q)
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError)
      return (e as EngineInputError).path
    }
    return undefined
  }

  it('accepts a good query as it is', () => {
    expect(checkMatrixQuery(base)).toBe(base)
  })

  it('points at the first bad part', () => {
    expect(error(null)).toBe('')
    expect(error({ ...base, principals: 'user/alice' })).toBe('/principals')
    expect(error({ ...base, principals: ['user/alice', ' '] })).toBe('/principals/1')
    expect(error({ ...base, actions: ['s3:GetObject', 's3:Get*'] })).toBe('/actions/1')
    expect(error({ ...base, actions: ['s3:GetObject', 'GetObject'] })).toBe('/actions/1')
    expect(error({ ...base, resource: '' })).toBe('/resource')
    expect(error({ ...base, environment: 'now' })).toBe('/environment')
    expect(error({ ...base, context: [] })).toBe('/context')
    expect(error({ ...base, context: { 'aws:SourceIp': 7 } })).toBe('/context/aws:SourceIp')
  })

  it('refuses a matrix too big to finish, and rows out of range', () => {
    const principals = Array.from({ length: 3000 }, (_, i) => `user/u${i}`)
    const actions = Array.from({ length: 2000 }, (_, i) => `s3:A${i}`)
    expect(() => checkMatrixQuery({ principals, actions, resource: '*' })).toThrow(/cells/)
    expect(() => matrixRows(account, base, 0, 2)).toThrow(/within 0\.\.1/)
    expect(() => matrixRows(account, base, 1, 0)).toThrow(EngineInputError)
    expect(() => matrixRows(account, base, 0.5, 1)).toThrow(EngineInputError)
  })

  it('refuses a principal simulate could not read, in every chunk alike', () => {
    const q = { ...base, principals: ['user/alice', 'not a principal'] }
    expect(() => matrixRows(account, q, 0, 1)).toThrow('/principals/1: `not a principal` is not a principal')
  })

  it('tells action names from patterns and junk', () => {
    expect(isActionName('s3:GetObject')).toBe(true)
    expect(isActionName('execute-api:Invoke')).toBe(true)
    expect(isActionName('s3:Get*')).toBe(false)
    expect(isActionName('s3:')).toBe(false)
    expect(isActionName(`s3:${'a'.repeat(300)}`)).toBe(false)
  })
})

describe('services summary', () => {
  const actions = ['s3:GetObject', 'EC2:RunInstances', 's3:PutObject', 'ec2:StopInstances', 's3:DeleteObject']

  it('groups actions by service, in order of first appearance, whatever their case', () => {
    expect(serviceColumns(actions)).toEqual([
      { service: 's3', indexes: [0, 2, 4] },
      { service: 'ec2', indexes: [1, 3] },
    ])
  })

  it('counts a row per service and says whether all, some or none are allowed', () => {
    const [s3, ec2] = serviceColumns(actions)
    const row = 'AAIIE'
    expect(serviceCell(row, s3!)).toEqual({ allowed: 1, explicit: 1, implicit: 1, total: 3 })
    expect(serviceCell(row, ec2!)).toEqual({ allowed: 1, explicit: 0, implicit: 1, total: 2 })
    expect(serviceCoverage(serviceCell('AAAAA', s3!))).toBe('all')
    expect(serviceCoverage(serviceCell(row, s3!))).toBe('some')
    expect(serviceCoverage(serviceCell('IIIIE', s3!))).toBe('none')
    expect(serviceCoverage({ allowed: 0, explicit: 0, implicit: 0, total: 0 })).toBe('none')
  })
})

describe('matrixCsv', () => {
  it('writes RFC 4180 lines, quoting commas, quotes and line breaks', () => {
    expect(
      matrixCsv([
        ['principal', 's3:GetObject'],
        ['user/a,b', 'say "hi"'],
        ['x', 'two\nlines'],
      ]),
    ).toBe('principal,s3:GetObject\r\n"user/a,b","say ""hi"""\r\nx,"two\nlines"\r\n')
  })

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(matrixCsv([['=SUM(A1)', '+1', '-2', '@x', 'ok']])).toBe("'=SUM(A1),'+1,'-2,'@x,ok\r\n")
  })
})
