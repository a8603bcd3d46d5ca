// The shape and cross-field checks of `identityProviders`: each type's required fields, fields of the other type,
// formats (SAML name, OIDC issuer, thumbprints), unknown accounts and duplicate ARNs, each at its JSON pointer.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../../src/engine/index'
import { A, scenario } from '../../../helpers/scenario'

function errors(identityProviders: unknown[]): [string, string][] {
  const r = parseScenario({ ...scenario(), identityProviders })
  return r.ok ? [] : r.errors.map((e) => [e.path, e.message])
}

describe('identityProviders', () => {
  it('accepts a SAML and an OIDC provider', () => {
    expect(
      errors([
        { type: 'saml', name: 'Okta', entityId: 'http://www.okta.com/exk1' },
        {
          type: 'oidc',
          url: 'token.actions.githubusercontent.com',
          clientIds: ['sts.amazonaws.com'],
          thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
        },
      ]),
    ).toEqual([])
  })

  it.each([
    [{ type: 'saml' }, '/identityProviders/0', 'needs a `name`'],
    [{ type: 'oidc', clientIds: ['x'] }, '/identityProviders/0', 'needs a `url`'],
    [{ type: 'oidc', url: 'example.com' }, '/identityProviders/0/clientIds', 'at least one client ID'],
    [{ type: 'saml', name: 'Okta', url: 'x.com' }, '/identityProviders/0/url', 'belongs to "oidc" providers'],
    [{ type: 'saml', name: 'has space' }, '/identityProviders/0/name', 'SAML provider name'],
    [
      { type: 'oidc', url: 'x.com', clientIds: ['a'], thumbprints: ['zz'] },
      '/identityProviders/0/thumbprints/0',
      'thumbprint',
    ],
    [{ type: 'ldap', name: 'x' }, '/identityProviders/0/type', 'saml'],
    [{ type: 'saml', name: 'Okta', account: '999999999999' }, '/identityProviders/0/account', 'unknown account'],
  ])('%j → error at %s', (provider, path, text) => {
    const found = errors([provider])
    expect(found.some(([p, m]) => p === path && m.includes(text))).toBe(true)
  })

  it('reports a duplicate provider ARN (https:// and a trailing slash name the same issuer)', () => {
    const found = errors([
      { type: 'oidc', url: 'https://token.actions.githubusercontent.com', clientIds: ['a'] },
      { type: 'oidc', url: 'token.actions.githubusercontent.com/', clientIds: ['b'] },
    ])
    expect(found).toHaveLength(1)
    expect(found[0]![0]).toBe('/identityProviders/1/url')
    expect(found[0]![1]).toContain(`arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`)
  })
})
