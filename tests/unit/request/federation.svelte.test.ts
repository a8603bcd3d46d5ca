// The Assume role form's federation part: the providers each call can use, the claims prefilled per provider, and
// the claims sent (empty ones left out, amr as a list); it drives the engine's AssumeRoleWithWebIdentity end to end.
import { describe, expect, it } from 'vitest'
import { assumeRole, parseScenario, type Scenario } from '../../../src/engine/index'
import { claimsOf, defaultClaims, Federation, providerChoices } from '../../../src/lib/request/federation.svelte'
import gallery from '../../../scenarios/github-actions-oidc.json'

const parsed = parseScenario(gallery)
if (!parsed.ok) throw new Error('github-actions-oidc does not load')
const scenario: Scenario = parsed.scenario
const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'

describe(providerChoices, () => {
  it('offers the account providers of the right type, and the built-in web identity providers', () => {
    expect(providerChoices(scenario, 'sts:AssumeRole')).toEqual([])
    expect(providerChoices(scenario, 'sts:AssumeRoleWithSAML')).toEqual([])
    const web = providerChoices(scenario, 'sts:AssumeRoleWithWebIdentity')
    expect(web[0]).toMatchObject({ id: GITHUB, label: 'token.actions.githubusercontent.com', builtIn: false })
    expect(web.map((c) => c.id)).toContain('cognito-identity.amazonaws.com')
  })
})

describe(defaultClaims, () => {
  it('prefills GitHub with the AWS audience and a main-branch subject, SAML with the sign-in endpoint', () => {
    const [github] = providerChoices(scenario, 'sts:AssumeRoleWithWebIdentity')
    expect(defaultClaims(github!)).toEqual([
      { name: 'aud', value: 'sts.amazonaws.com' },
      { name: 'sub', value: 'repo:OWNER/REPO:ref:refs/heads/main' },
    ])
    const saml = defaultClaims({ id: 'x', label: 'Okta', type: 'saml', builtIn: false, clientIds: [] })
    expect(saml[0]).toEqual({ name: 'aud', value: 'https://signin.aws.amazon.com/saml' })
  })
})

describe(claimsOf, () => {
  it('leaves out rows without a name or value and splits amr', () => {
    expect(
      claimsOf([
        { name: 'aud', value: ' pool ' },
        { name: 'sub', value: '' },
        { name: '', value: 'x', custom: true },
        { name: 'amr', value: 'authenticated, cognito-idp' },
      ]),
    ).toEqual({ aud: 'pool', amr: ['authenticated', 'cognito-idp'] })
  })
})

describe(Federation, () => {
  it('a chosen provider with a main-branch subject gets a session; switching How starts over', () => {
    const form = new Federation()
    form.setHow('sts:AssumeRoleWithWebIdentity')
    form.choose(providerChoices(scenario, form.how), GITHUB)
    form.claims[1]!.value = 'repo:example-org/website:ref:refs/heads/main'
    const answer = assumeRole(scenario, {
      caller: form.provider,
      role: 'GitHubDeploy',
      sessionName: 'ci',
      action: 'sts:AssumeRoleWithWebIdentity',
      claims: claimsOf(form.claims),
    })
    expect(answer.ok).toBe(true)
    form.setHow('sts:AssumeRole')
    expect(form.federated).toBe(false)
    expect(form.claims).toEqual([])
  })
})
