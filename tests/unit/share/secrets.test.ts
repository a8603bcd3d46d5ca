import { describe, expect, it } from 'vitest'
import { scanSecrets } from '../../../src/lib/share/index'

describe(scanSecrets, () => {
  it('finds a long-term access key ID', () => {
    expect(scanSecrets('{"id":"AKIAZ7Q2LMNOPQRS3TUV"}')).toMatchInlineSnapshot(`
      [
        {
          "excerpt": "AKIA…UV",
          "kind": "access-key-id",
          "value": "AKIAZ7Q2LMNOPQRS3TUV",
        },
      ]
    `)
  })

  it('finds a temporary (ASIA) access key ID', () => {
    expect(scanSecrets('key ASIAZ7Q2LMNOPQRS3TUV here').map((f) => f.kind)).toEqual(['access-key-id'])
  })

  it('ignores the documentation example key', () => {
    expect(scanSecrets('"AKIAIOSFODNN7EXAMPLE"')).toEqual([])
  })

  it('ignores IDs of the wrong length', () => {
    expect(scanSecrets('AKIAZ7Q2LMNOPQRS3TU AKIAZ7Q2LMNOPQRS3TUVW')).toEqual([])
  })

  it('finds a secret key next to the word secret', () => {
    const text = '{"aws_secret_access_key":"q9Fz8Lk2Mn4Pq7Rs1Tv3Wx5Yz0Ab6Cd8Ef/Gh+Ij"}'
    expect(scanSecrets(text).map((f) => [f.kind, f.excerpt])).toEqual([['secret-key', 'q9Fz…Ij']])
  })

  it('ignores a 40-character string with no secret word nearby', () => {
    expect(scanSecrets('{"note":"q9Fz8Lk2Mn4Pq7Rs1Tv3Wx5Yz0Ab6Cd8Ef/Gh+Ij"}')).toEqual([])
  })

  it('ignores a hex hash next to the word secret', () => {
    expect(scanSecrets('secret sha1 0123456789abcdef0123456789abcdef01234567')).toEqual([])
  })

  it('reports each secret once', () => {
    expect(scanSecrets('AKIAZ7Q2LMNOPQRS3TUV AKIAZ7Q2LMNOPQRS3TUV')).toHaveLength(1)
  })
})
