// Credentials written into policies, tags and descriptions.
import { describe, expect, it } from 'vitest'
import { A, allowDoc, clean, findingsOf, fixed, only, trustDoc } from './fixtures'

const BUCKET = 'arn:aws:s3:::data'

describe('hardcoded-secret', () => {
  it('fires for an access key ID in a user tag, with a fix that removes the tag', () => {
    const s = clean({ users: [{ name: 'u', tags: { team: 'a', 'ci-key': 'AKIAZ7Q2LMNOPQRS3TUV' } }] })
    const f = only(s, 'hardcoded-secret')
    expect(f).toMatchObject({
      variant: 'tag',
      title: 'Tag ci-key holds what looks like a credential',
      entities: [{ kind: 'user', name: 'u', account: A }],
      details: [{ key: 'secret.access-key-id', text: 'An access key ID (AKIA…UV)' }],
    })
    const next = fixed(s, f)
    expect(next.users![0]!.tags).toEqual({ team: 'a' })
    expect(findingsOf(next, 'hardcoded-secret')).toEqual([])
  })

  it('fires for a password in a policy, a resource tag and a description', () => {
    const condition = { Condition: { StringEquals: { 'aws:UserAgent': 'app password=Sup3rSecret' } } }
    const s = clean({
      users: [
        { name: 'u', inlinePolicies: [{ name: 'P', document: allowDoc('s3:GetObject', '*', condition) as never }] },
      ],
      resources: [{ arn: BUCKET, tags: { 'db-password': 'Hunter2prod' } }],
      roles: [
        {
          name: 'R',
          trustPolicy: trustDoc({ AWS: `arn:aws:iam::${A}:root` }) as never,
          description: 'login with password: Welcome123',
        },
      ],
    })
    expect(findingsOf(s, 'hardcoded-secret').map((f) => [f.variant, f.entities[0]!.kind])).toEqual([
      ['policy', 'user'],
      ['description', 'role'],
      ['tag', 'resource'],
    ])
  })

  it('removes a description and a resource tag in one click', () => {
    const s = clean({
      resources: [{ arn: BUCKET, tags: { 'db-password': 'Hunter2prod' } }],
      policies: [
        {
          name: 'M',
          description: 'key AKIAZ7Q2LMNOPQRS3TUV',
          versions: [{ id: 'v1', isDefault: true, document: allowDoc('s3:GetObject') as never }],
        },
      ],
    })
    let next = s
    for (const f of findingsOf(s, 'hardcoded-secret')) next = fixed(next, f)
    expect(findingsOf(next, 'hardcoded-secret')).toEqual([])
    expect(next.policies![0]!.description).toBeUndefined()
    expect(next.resources![0]!.tags).toBeUndefined()
  })

  it('does not fire for ordinary tags, descriptions and policies', () => {
    const s = clean({
      users: [
        {
          name: 'u',
          tags: { team: 'payments', 'cost-center': '1234' },
          accessKeys: [
            {
              id: 'AKIAZ7Q2LMNOPQRS3TUV',
              created: '2025-12-30T00:00:00Z',
              lastUsed: '2025-12-31T00:00:00Z',
              status: 'Active',
            },
          ],
        },
      ],
      roles: [
        {
          name: 'R',
          trustPolicy: trustDoc({ AWS: `arn:aws:iam::${A}:root` }) as never,
          description: 'Reads the password vault ARN from config.',
        },
      ],
      policies: [
        {
          name: 'M',
          versions: [
            {
              id: 'v1',
              isDefault: true,
              document: allowDoc(
                'secretsmanager:GetSecretValue',
                `arn:aws:secretsmanager:us-east-1:${A}:secret:db-password-AbCdEf`,
              ) as never,
            },
          ],
        },
      ],
    })
    expect(findingsOf(s, 'hardcoded-secret')).toEqual([])
  })
})
