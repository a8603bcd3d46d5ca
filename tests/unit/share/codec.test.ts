import { describe, expect, it } from 'vitest'
import {
  decodeShare,
  encodeLegacyShare,
  encodeShare,
  MAX_FRAGMENT,
  type SharedState,
} from '../../../src/lib/share/index'
import { fromBase64Url, toBase64Url } from '../../../src/lib/share/codec'
import { setLocale } from '../../../src/lib/i18n/index'
import { deflate, scenario, sharedState } from './fixtures'

const utf8 = (text: string) => new TextEncoder().encode(text)
const z = async (text: string) => 'z' + toBase64Url(await deflate(utf8(text)))
const j = (text: string) => 'j' + toBase64Url(utf8(text))

async function errorOf(fragment: string): Promise<string> {
  const decoded = await decodeShare(fragment)
  if (decoded.ok) throw new Error('expected a refusal')
  return decoded.error
}

describe(encodeShare, () => {
  it('writes the z prefix and base64url without padding', async () => {
    const fragment = await encodeShare(sharedState())
    expect(fragment).toMatch(/^z[A-Za-z0-9_-]+$/)
  })

  it('compresses: the fragment is shorter than the JSON', async () => {
    const state = sharedState()
    expect((await encodeShare(state)).length).toBeLessThan(JSON.stringify(state).length)
  })
})

describe(decodeShare, () => {
  it('round-trips a scenario', async () => {
    const state = sharedState()
    const decoded = await decodeShare(await encodeShare(state))
    expect(decoded).toEqual({ ok: true, state })
  })

  it('round-trips the request, the open policy and the view', async () => {
    const state = sharedState({
      request: {
        principal: 'user/bora',
        actions: ['ec2:StopInstances', 's3:GetObject'],
        resources: ['*'],
        environment: { region: 'us-east-1', mfa: true, mfaAge: 30 },
        context: { 'aws:PrincipalTag/team': 'beta', 'aws:TagKeys': ['a', 'b'] },
      },
      open: { slot: 'trust', role: 'AbacDeveloper' },
      view: 'trace',
    })
    expect(await decodeShare(await encodeShare(state))).toEqual({ ok: true, state })
  })

  it('accepts a leading #', async () => {
    const fragment = await encodeShare(sharedState())
    expect((await decodeShare('#' + fragment)).ok).toBe(true)
  })

  it('round-trips non-ASCII text', async () => {
    const s = scenario()
    const state = sharedState({ scenario: { ...s, title: { en: 'Tags — ünïcödé', ko: '태그 예제 🎉' } } })
    expect(await decodeShare(await encodeShare(state))).toEqual({ ok: true, state })
  })

  it('opens the legacy uncompressed j prefix', async () => {
    const state = sharedState()
    expect(await decodeShare(encodeLegacyShare(state))).toEqual({ ok: true, state })
  })

  it('accepts base64 padding left on by a pasting tool', async () => {
    const state = sharedState()
    const padded = encodeLegacyShare(state) + '='.repeat((4 - ((encodeLegacyShare(state).length - 1) % 4)) % 4)
    expect((await decodeShare(padded)).ok).toBe(true)
  })

  it('refuses an empty fragment', async () => {
    expect(await errorOf('')).toMatchInlineSnapshot(`"This share link holds no scenario."`)
  })

  it('refuses an unknown prefix as made by a newer version', async () => {
    expect(await errorOf('yAAAA')).toMatchInlineSnapshot(
      `"This link was made by a newer version of IAM Playground; reload the page to get it."`,
    )
  })

  it('refuses a newer payload version inside a known prefix', async () => {
    const state = { ...sharedState(), v: 2 } as unknown as SharedState
    expect(await errorOf(encodeLegacyShare(state))).toMatchInlineSnapshot(
      `"This link was made by a newer version of IAM Playground; reload the page to get it."`,
    )
  })

  it('refuses a missing payload version', async () => {
    expect(await errorOf(j(JSON.stringify({ scenario: scenario() })))).toMatchInlineSnapshot(
      `"This share link is not valid: unknown payload version"`,
    )
  })

  it('refuses an oversized fragment without decoding it', async () => {
    expect(await errorOf('z' + 'A'.repeat(MAX_FRAGMENT))).toMatchInlineSnapshot(
      `"This share link is too long (over 100,000 characters); it was not opened."`,
    )
  })

  it('refuses characters outside base64url', async () => {
    expect(await errorOf('zabc$def')).toMatchInlineSnapshot(
      `"This share link is damaged (not valid base64url); it may have been cut off when copied."`,
    )
  })

  it('refuses a base64 length that cannot be', async () => {
    expect(await errorOf('zAAAAA')).toMatchInlineSnapshot(
      `"This share link is damaged (not valid base64url); it may have been cut off when copied."`,
    )
  })

  it('refuses a truncated link', async () => {
    const fragment = await encodeShare(sharedState())
    expect(await errorOf(fragment.slice(0, Math.floor(fragment.length / 2)))).toMatchInlineSnapshot(
      `"This share link is damaged or cut off: its data cannot be decompressed."`,
    )
  })

  it('refuses corrupted compressed data', async () => {
    expect(await errorOf('zgarbage')).toMatchInlineSnapshot(
      `"This share link is damaged or cut off: its data cannot be decompressed."`,
    )
  })

  it('refuses a flipped byte in the middle', async () => {
    const fragment = await encodeShare(sharedState())
    const bytes = fromBase64Url(fragment.slice(1))!
    bytes[10] = bytes[10]! ^ 0xff
    const decoded = await decodeShare('z' + toBase64Url(bytes))
    expect(decoded.ok).toBe(false)
  })

  it('refuses a decompression bomb quickly and without holding it', async () => {
    const bomb = await deflate(new Uint8Array(20 * 1024 * 1024))
    const fragment = 'z' + toBase64Url(bomb)
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT)
    const started = Date.now()
    expect(await errorOf(fragment)).toMatchInlineSnapshot(
      `"This share link expands to more than 5 MB; it was not opened."`,
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses invalid UTF-8', async () => {
    expect(await errorOf('j' + toBase64Url(new Uint8Array([0xff, 0xfe, 0xfd])))).toMatchInlineSnapshot(
      `"This share link is damaged or cut off: its data cannot be decompressed."`,
    )
  })

  it('refuses text that is not JSON', async () => {
    expect(await errorOf(await z('{"v":1,'))).toMatchInlineSnapshot(
      `"This share link is damaged: its data is not valid JSON."`,
    )
  })

  it('refuses JSON that is not an object', async () => {
    expect(await errorOf(j('[1,2]'))).toMatchInlineSnapshot(`"This share link is not valid: not an object"`)
  })

  it('refuses an invalid scenario with its path', async () => {
    const state = { ...sharedState(), scenario: { ...scenario(), accounts: [{ id: 'nope' }] } }
    expect(await errorOf(encodeLegacyShare(state as SharedState))).toMatch(
      /^The scenario in this share link is not valid: \/accounts\/0\/id/,
    )
  })

  it('says why a link is refused in Korean on a Korean page', async () => {
    const state = { ...sharedState(), request: { principal: 42, actions: [], resources: [] } }
    setLocale('ko', false)
    try {
      expect(await errorOf(j('[1,2]'))).toBe('이 공유 링크가 올바르지 않습니다: 객체가 아닙니다')
      expect(await errorOf(encodeLegacyShare(state as unknown as SharedState))).toBe(
        '이 공유 링크가 올바르지 않습니다: request.principal은(는) 텍스트여야 합니다',
      )
    } finally {
      setLocale('en', false)
    }
  })

  it('refuses a request of the wrong shape', async () => {
    const state = { ...sharedState(), request: { principal: 42, actions: [], resources: [] } }
    expect(await errorOf(encodeLegacyShare(state as unknown as SharedState))).toMatchInlineSnapshot(
      `"This share link is not valid: request.principal must be text"`,
    )
  })

  it('refuses an unknown open policy kind', async () => {
    const state = { ...sharedState(), open: { slot: 'script', src: 'x' } }
    expect(await errorOf(encodeLegacyShare(state as unknown as SharedState))).toMatchInlineSnapshot(
      `"This share link is not valid: open.slot is not a known kind of policy"`,
    )
  })

  it('refuses an unknown environment field', async () => {
    const request = {
      principal: 'user/ara',
      actions: ['s3:*'],
      resources: ['*'],
      environment: { evil: 'x' },
      context: {},
    }
    expect(
      await errorOf(encodeLegacyShare({ ...sharedState(), request } as unknown as SharedState)),
    ).toMatchInlineSnapshot(`"This share link is not valid: request.environment: unknown field "evil""`)
  })

  it('refuses a view that is not a view name', async () => {
    expect(
      await errorOf(encodeLegacyShare(sharedState({ view: '<img src=x onerror=alert(1)>' }))),
    ).toMatchInlineSnapshot(`"This share link is not valid: view is not a known view"`)
  })
})

describe('hostile content', () => {
  it('keeps markup in names as plain text', async () => {
    const s = scenario()
    const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    const state = sharedState({ scenario: { ...s, title, description: '<b>bold</b>' } })
    const decoded = await decodeShare(await encodeShare(state))
    expect(decoded.ok && decoded.state.scenario.title).toBe(title)
    expect(decoded.ok && decoded.state.scenario.description).toBe('<b>bold</b>')
  })

  it('refuses a scenario shaped like a reference to one the engine holds', async () => {
    // Refused with its reason, though the engine takes a `{ ref: 'scenario' }` argument for a reference to one it holds.
    const state = { ...sharedState(), scenario: { ref: 'scenario', version: 1 } }
    expect(await errorOf(encodeLegacyShare(state as unknown as SharedState))).toMatch(
      /^The scenario in this share link is not valid: /,
    )
  })

  it('refuses __proto__ in the payload without polluting Object.prototype', async () => {
    const text = JSON.stringify(sharedState()).replace('{', '{"__proto__":{"polluted":true},')
    const decoded = await decodeShare(await z(text))
    expect(decoded.ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses __proto__ in the request context', async () => {
    const request = {
      principal: 'user/ara',
      actions: ['s3:*'],
      resources: ['*'],
      environment: {},
      context: { sentinel: 'x' },
    }
    const text = JSON.stringify({ ...sharedState(), request }).replace(
      '"sentinel"',
      '"__proto__":{"polluted":true},"sentinel"',
    )
    expect(await errorOf(await z(text))).toMatchInlineSnapshot(
      `"This share link is not valid: request.context: the key "__proto__" is not allowed"`,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses __proto__ inside the scenario', async () => {
    const text = JSON.stringify(sharedState()).replace('"accounts":[{', '"accounts":[{"__proto__":{"polluted":true},')
    const decoded = await decodeShare(await z(text))
    expect(decoded.ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses constructor.prototype keys', async () => {
    const text = JSON.stringify(sharedState()).replace('{', '{"constructor":{"prototype":{"polluted":true}},')
    expect((await decodeShare(await z(text))).ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
