// The explorer's identity provider form: a draft of a SAML or OIDC provider, turned into a create or update edit
// whose refusal names the field at fault.
import {
  arns,
  createIdentityProvider,
  updateIdentityProvider,
  type EditResult,
  type EngineMessage,
  type IdentityProvider,
  type Scenario,
} from '../../engine/index'

/** The form's fields, as typed. */
export interface ProviderFields {
  type: 'saml' | 'oidc'
  account: string
  name: string
  entityId: string
  url: string
  /** One per line. */
  clientIds: string
  /** One per line. */
  thumbprints: string
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** A form for a new provider (OIDC, with the usual AWS audience), or for editing `provider`. */
export function draftOf(scenario: Scenario, provider?: IdentityProvider): ProviderFields {
  return {
    type: provider?.type ?? 'oidc',
    account: provider ? arns.accountOf(scenario, provider) : (scenario.accounts[0]?.id ?? ''),
    name: provider?.name ?? '',
    entityId: provider?.entityId ?? '',
    url: provider?.url ?? '',
    clientIds: (provider?.clientIds ?? (provider ? [] : ['sts.amazonaws.com'])).join('\n'),
    thumbprints: (provider?.thumbprints ?? []).join('\n'),
  }
}

/** The provider the fields describe (the other type's fields left out; the first account left implicit). */
export function providerOf(scenario: Scenario, f: ProviderFields): IdentityProvider {
  const p: IdentityProvider = { type: f.type }
  if (f.account && f.account !== scenario.accounts[0]?.id) p.account = f.account
  if (f.type === 'saml') {
    p.name = f.name
    if (f.entityId.trim()) p.entityId = f.entityId
  } else {
    p.url = f.url
    p.clientIds = lines(f.clientIds)
    const prints = lines(f.thumbprints)
    if (prints.length) p.thumbprints = prints
  }
  return p
}

/** The edit the form makes: create, or update the provider with ARN `editing`. */
export function providerEdit(scenario: Scenario, f: ProviderFields, editing?: string): EditResult {
  const p = providerOf(scenario, f)
  return editing === undefined ? createIdentityProvider(scenario, p) : updateIdentityProvider(scenario, editing, p)
}

/** A refusal of the form: the field at fault (`form` when none) and why. */
export interface ProviderError {
  field: string
  text: EngineMessage
}

/** The refusal of an edit as a field error, or undefined when it worked. */
export function fieldError(result: EditResult): ProviderError | undefined {
  return result.ok ? undefined : { field: result.field ?? 'form', text: result.errorText }
}
