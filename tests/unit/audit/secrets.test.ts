// The one detector of credential-looking strings, shared by the audit and the share dialog.
import { describe, expect, it } from 'vitest'
import { findSecrets } from '../../../src/engine/index'

const kinds = (text: string) => findSecrets(text).map((m) => [m.kind, m.value, m.example])

describe(findSecrets, () => {
  it('finds access key IDs, marking the documentation examples', () => {
    expect(kinds('AKIAZ7Q2LMNOPQRS3TUV and AKIAIOSFODNN7EXAMPLE')).toEqual([
      ['access-key-id', 'AKIAZ7Q2LMNOPQRS3TUV', false],
      ['access-key-id', 'AKIAIOSFODNN7EXAMPLE', true],
    ])
  })

  it('finds a secret access key only next to a word like "secret"', () => {
    const key = 'q9Fz8Lk2Mn4Pq7Rs1Tv3Wx5Yz0Ab6Cd8Ef/Gh+Ij'
    expect(kinds(`aws_secret_access_key=${key}`)).toEqual([['secret-key', key, false]])
    expect(kinds(`note ${key}`)).toEqual([])
  })

  it('finds private key blocks', () => {
    expect(kinds('-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toEqual([
      ['private-key', '-----BEGIN RSA PRIVATE KEY-----', false],
    ])
    expect(kinds('-----BEGIN PUBLIC KEY-----')).toEqual([])
  })

  it('finds password assignments, not placeholders or ARNs', () => {
    expect(kinds('db_password=Hunter2prod')).toEqual([['password', 'Hunter2prod', false]])
    expect(kinds('{"pwd": "x"}')).toEqual([])
    expect(kinds('password=${SecretValue}')).toEqual([])
    expect(kinds('password=****')).toEqual([])
    expect(kinds('arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-password-AbCdEf')).toEqual([])
  })

  it('masks what it shows', () => {
    expect(findSecrets('AKIAZ7Q2LMNOPQRS3TUV')[0]?.excerpt).toBe('AKIA…UV')
  })
})
