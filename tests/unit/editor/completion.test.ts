import { describe, expect, it, vi } from 'vitest'
import type { Completion } from '@codemirror/autocomplete'
import { complete, fakeCatalog, labels } from './fixtures'

/** The info panel of a completion with AWS's description, drawn into a stand-in element (the tests have no DOM). */
function awsPanel(completion: Completion | undefined): Record<string, unknown> | undefined {
  if (typeof completion?.info !== 'function') return undefined
  vi.stubGlobal('document', { createElement: () => ({ dataset: {} }) })
  try {
    return completion.info(completion) as unknown as Record<string, unknown>
  } finally {
    vi.unstubAllGlobals()
  }
}

const option = (result: Awaited<ReturnType<typeof complete>>, label: string): Completion | undefined =>
  result?.options.find((o) => o.label === label)

describe('element names', () => {
  it('offers the top-level elements not yet present', async () => {
    expect(labels(await complete('{ "Version": "2012-10-17", "|" }'))).toEqual(['Id', 'Statement'])
  })

  it('offers statement elements, leaving out present ones and their opposites', async () => {
    const result = await complete('{ "Statement": [ { "Effect": "Allow", "Action": "*", "|" } ] }')
    expect(labels(result)).toEqual(['Sid', 'Resource', 'NotResource', 'Condition'])
    expect(option(result, 'Condition')?.info).toContain('When the statement applies')
  })

  it('offers Principal only where the policy kind allows one', async () => {
    expect(labels(await complete('{ "Statement": [ { "|" } ] }', { kind: 'identity' }))).not.toContain('Principal')
    expect(labels(await complete('{ "Statement": [ { "|" } ] }', { kind: 'resource' }))).toContain('NotPrincipal')
  })

  it('replaces from the opening quote, and quotes keys when completing outside a string', async () => {
    const inString = await complete('{ "Statement": [ { "Eff|" } ] }')
    expect(inString?.from).toBe('{ "Statement": [ { "'.length)
    expect(option(inString, 'Effect')?.apply).toBeUndefined()
    const bare = await complete('{ "Statement": [ { | } ] }', { explicit: true })
    expect(option(bare, 'Effect')?.apply).toBe('"Effect": ')
  })

  it('completes outside a string only when asked (Ctrl-Space)', async () => {
    expect(await complete('{ "Statement": [ { | } ] }')).toBeNull()
  })
})

describe('fixed values', () => {
  it('offers the Version values, current first', async () => {
    expect(labels(await complete('{ "Version": "|" }'))).toEqual(['2012-10-17', '2008-10-17'])
  })

  it('offers Allow and Deny for Effect', async () => {
    expect(labels(await complete('{ "Statement": [ { "Effect": "|" } ] }'))).toEqual(['Allow', 'Deny'])
  })

  it('quotes a value completed outside a string', async () => {
    const result = await complete('{ "Statement": [ { "Effect": | } ] }', { explicit: true })
    expect(option(result, 'Deny')?.apply).toBe('"Deny"')
  })

  it('offers true and false for Bool conditions only', async () => {
    const bool = '{ "Statement": [ { "Condition": { "Bool": { "aws:SecureTransport": "|" } } } ] }'
    expect(labels(await complete(bool))).toEqual(['true', 'false'])
    expect(await complete(bool.replace('Bool', 'StringEquals'))).toBeNull()
  })
})

describe('actions', () => {
  it('offers service prefixes first, which insert `prefix:` and reopen the list', async () => {
    const result = await complete('{ "Statement": [ { "Action": "s|" } ] }')
    expect(labels(result)).toEqual(['*', 'ec2', 's3', 'sts'])
    expect(option(result, 's3')).toMatchObject({ apply: 's3:', type: 'namespace', detail: 'Amazon S3' })
  })

  it('offers the actions of the typed service with access level and description', async () => {
    const { catalog, calls } = fakeCatalog()
    const result = await complete('{ "Statement": [ { "Action": ["s3:Ge|"] } ] }', { catalog })
    expect(labels(result)).toContain('s3:GetObject')
    expect(option(result, 's3:GetObject')).toMatchObject({
      detail: 'Read',
      awsText: 'Grants permission to retrieve objects',
    })
    expect(awsPanel(option(result, 's3:GetObject'))).toEqual({
      lang: 'en',
      dataset: { awsText: '' },
      textContent: 'Grants permission to retrieve objects',
    })
    expect(calls).toEqual(['actions:s3'])
  })

  it('stays valid while typing within the service, not after switching service', async () => {
    const result = await complete('{ "Statement": [ { "Action": "s3:|" } ] }')
    const validFor = result?.validFor as (text: string) => boolean
    expect(validFor('s3:GetOb')).toBe(true)
    expect(validFor('sts:')).toBe(false)
  })

  it('offers nothing for an unknown service', async () => {
    expect(await complete('{ "Statement": [ { "NotAction": "nope:|" } ] }')).toBeNull()
  })

  it('offers nothing when the catalog cannot be read', async () => {
    const failing = { ...fakeCatalog().catalog, services: () => Promise.reject(new Error('worker failed')) }
    expect(await complete('{ "Statement": [ { "Action": "|" } ] }', { catalog: failing })).toBeNull()
  })
})

describe('conditions', () => {
  it('offers every accepted operator, base forms ranked first', async () => {
    const result = await complete('{ "Statement": [ { "Condition": { "|" } } ] }')
    const names = labels(result)
    expect(names).toEqual(expect.arrayContaining(['StringEquals', 'StringLikeIfExists', 'ForAnyValue:StringLike']))
    expect(names).not.toContain('NullIfExists')
    expect(option(result, 'StringEquals')?.boost).toBeGreaterThan(option(result, 'ForAllValues:StringEquals')!.boost!)
    expect(option(result, 'IpAddress')?.info).toMatch(/CIDR/)
  })

  it('quotes an operator completed outside a string as a key', async () => {
    const result = await complete('{ "Statement": [ { "Condition": { | } } ] }', { explicit: true })
    expect(option(result, 'Bool')?.apply).toBe('"Bool": ')
  })

  it('offers the keys of the statement’s actions first, then global keys', async () => {
    const { catalog, calls } = fakeCatalog()
    const text = '{ "Statement": [ { "Action": "s3:GetObject", "Condition": { "StringEquals": { "|" } } } ] }'
    const result = await complete(text, { catalog })
    expect(calls).toEqual(['keys:|s3:GetObject'])
    const section = (label: string) => {
      const s = option(result, label)?.section
      return typeof s === 'string' ? s : s?.name
    }
    expect(section('s3:ExistingObjectTag/<key>')).toBe('Keys of these actions')
    expect(section('aws:SourceIp')).toBe('Global keys')
    expect(section('s3:prefix')).toBe('Other keys of these services')
    expect(awsPanel(option(result, 's3:prefix'))?.textContent).toBe('Filters by prefix')
  })

  it('ranks keys whose type fits the operator higher', async () => {
    const result = await complete('{ "Statement": [ { "Condition": { "Bool": { "aws:|" } } } ] }')
    expect(option(result, 'aws:SecureTransport')?.boost).toBe(1)
    expect(option(result, 'aws:SourceIp')?.boost).toBe(0)
  })

  it('asks for the keys of a service once its prefix is typed', async () => {
    const { catalog, calls } = fakeCatalog()
    await complete('{ "Statement": [ { "Condition": { "StringLike": { "s3:|" } } } ] }', { catalog })
    expect(calls).toEqual(['keys:s3|'])
  })

  it('completes template keys as snippets', async () => {
    const result = await complete('{ "Statement": [ { "Condition": { "StringEquals": { "aws:Req|" } } } ] }')
    expect(typeof option(result, 'aws:RequestTag/${TagKey}')?.apply).toBe('function')
  })
})

describe('scenario names', () => {
  const context = {
    resourceArns: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
    principalArns: ['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::444455556666:role/ci'],
  }

  it('offers the scenario’s resource ARNs and `*` in Resource', async () => {
    const result = await complete('{ "Statement": [ { "Resource": ["|"] } ] }', { context })
    expect(labels(result)).toEqual(['*', 'arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'])
  })

  it('offers the principal types inside a Principal object', async () => {
    const result = await complete('{ "Statement": [ { "Principal": { "|" } } ] }', { kind: 'trust' })
    expect(labels(result)).toEqual(['AWS', 'Service', 'Federated', 'CanonicalUser'])
  })

  it('offers the scenario’s principals and their accounts under AWS', async () => {
    const result = await complete('{ "Statement": [ { "Principal": { "AWS": "|" } } ] }', { kind: 'trust', context })
    expect(labels(result)).toEqual([
      '*',
      ...context.principalArns,
      'arn:aws:iam::111122223333:root',
      'arn:aws:iam::444455556666:root',
    ])
  })

  it('offers service principals under Service', async () => {
    const result = await complete('{ "Statement": [ { "Principal": { "Service": "la|" } } ] }', { kind: 'trust' })
    expect(labels(result)).toContain('lambda.amazonaws.com')
  })

  it('offers only `*` as a bare Principal value', async () => {
    expect(labels(await complete('{ "Statement": [ { "Principal": "|" } ] }', { kind: 'resource' }))).toEqual(['*'])
  })
})

describe('statement templates', () => {
  it('offers the templates that suit the kind where a new statement goes', async () => {
    const identity = labels(await complete('{ "Statement": [\n  |\n] }', { explicit: true }))
    expect(identity).toContain('Require MFA')
    expect(identity).not.toContain('Trust an account to assume this role')
    const trust = labels(await complete('{ "Statement": [ | ] }', { explicit: true, kind: 'trust' }))
    expect(trust).toEqual(['Trust an account to assume this role', 'Trust a service to assume this role'])
  })

  it('inserts the statement as JSON indented like its line', async () => {
    const result = await complete('{ "Statement": [\n  |\n] }', { explicit: true })
    const apply = result?.options.find((o) => o.label === 'Require MFA')?.apply
    expect(typeof apply).toBe('string')
    expect(JSON.parse(apply as string)).toMatchObject({ Effect: 'Deny', Action: '*' })
    expect((apply as string).split('\n')[1]).toBe('    "Sid": "DenyWithoutMfa",')
  })
})
