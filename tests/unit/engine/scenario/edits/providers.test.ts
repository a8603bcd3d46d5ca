// Identity provider edits: IAM's rules for SAML names and OIDC issuers, client IDs and thumbprints, one provider per
// ARN, and copies that leave the previous scenario untouched (so undo can keep it).
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
import { describe, expect, it } from 'vitest'
import {
  createIdentityProvider,
  deleteIdentityProvider,
  parseScenario,
  updateIdentityProvider,
  type EditResult,
  type Scenario,
} from '../../../../../src/engine/index'
import { A, B, scenario } from '../../../../helpers/scenario'

const GITHUB = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`
const base = scenario({ accounts: [{ id: A }, { id: B }] })

function ok(r: EditResult): Scenario {
  if (!r.ok) throw new Error(r.error)
  return r.scenario
}

const github = ok(
  createIdentityProvider(base, {
    type: 'oidc',
    url: 'https://token.actions.githubusercontent.com/',
    clientIds: ['sts.amazonaws.com', ' '],
  }),
)

describe('createIdentityProvider', () => {
  it('keeps the issuer without https:// and drops empty client IDs; the result parses', () => {
    expect(github.identityProviders).toEqual([
      { type: 'oidc', url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] },
    ])
    expect(base.identityProviders).toBeUndefined()
    expect(parseScenario(github).ok).toBe(true)
  })

  it.each([
    [{ type: 'saml' as const, name: '' }, 'name'],
    [{ type: 'saml' as const, name: 'bad name' }, 'name'],
    [{ type: 'oidc' as const, url: '', clientIds: ['x'] }, 'url'],
    [{ type: 'oidc' as const, url: 'not a url', clientIds: ['x'] }, 'url'],
    [{ type: 'oidc' as const, url: 'example.com', clientIds: [] }, 'clientIds'],
    [{ type: 'oidc' as const, url: 'example.com', clientIds: ['x'], thumbprints: ['abc'] }, 'thumbprints'],
    [{ type: 'saml' as const, name: 'Okta', account: '999999999999' }, 'account'],
  ])('refuses %j at field %s', (provider, field) => {
    const r = createIdentityProvider(base, provider)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.field).toBe(field)
  })

  it('refuses a second provider with the same ARN, but allows it in another account', () => {
    const again = createIdentityProvider(github, {
      type: 'oidc',
      url: 'token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
    })
    expect(!again.ok && again.field).toBe('url')
    const other = createIdentityProvider(github, {
      type: 'oidc',
      account: B,
      url: 'token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
    })
    expect(other.ok).toBe(true)
  })
})

describe('updateIdentityProvider and deleteIdentityProvider', () => {
  it('changes the client IDs of the provider found by ARN', () => {
    const next = ok(
      updateIdentityProvider(github, GITHUB, {
        type: 'oidc',
        url: 'token.actions.githubusercontent.com',
        clientIds: ['sts.amazonaws.com', 'https://github.com/octo-org'],
        thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
      }),
    )
    expect(next.identityProviders?.[0]?.clientIds).toHaveLength(2)
    expect(github.identityProviders?.[0]?.clientIds).toHaveLength(1)
  })

  it('refuses an unknown ARN and a change that breaks the rules', () => {
    expect(updateIdentityProvider(github, `arn:aws:iam::${A}:saml-provider/Nope`, { type: 'saml', name: 'X' }).ok).toBe(
      false,
    )
    const bad = updateIdentityProvider(github, GITHUB, { type: 'oidc', url: 'token.actions.githubusercontent.com' })
    expect(!bad.ok && bad.field).toBe('clientIds')
  })

  it('deletes the provider and leaves no empty list behind', () => {
    const next = ok(deleteIdentityProvider(github, GITHUB))
    expect(next.identityProviders).toBeUndefined()
    expect(github.identityProviders).toHaveLength(1)
  })
})
