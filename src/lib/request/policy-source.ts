// Where a statement of the trace lives in the scenario: which editable policy document the editor should open.
import type { PolicySource, Scenario, StatementRef } from '../../engine/index'
import { parseArn } from '../../engine/index'
import { word } from '../i18n/index'
import type { PolicyTarget } from '../state/policy-target'

/** A resource's display name as the engine writes it in a source label (its `name`, else the ARN's last part). */
function displayName(resource: { arn: string; name?: string }): string {
  if (resource.name) return resource.name
  const arn = parseArn(resource.arn)
  if (!arn) return resource.arn
  return arn.resource.slice(Math.max(arn.resource.lastIndexOf('/'), arn.resource.lastIndexOf(':')) + 1)
}

/** The resource whose policy the source names; `requested` (the request's resource) settles same-named ones. */
function resourceOf(scenario: Scenario, name: string, requested: string | undefined): string | undefined {
  const found = (scenario.resources ?? []).filter((r) => r.policy !== undefined && displayName(r) === name)
  if (found.length <= 1) return found[0]?.arn
  const owner = found.find((r) => requested === r.arn || requested?.startsWith(`${r.arn}/`))
  return (owner ?? found[0])?.arn
}

/**
 * The editable document a policy source points at, or `undefined` when the scenario holds no text for it (AWS
 * managed policies, the implied `FullAWSAccess` SCP, session policies passed inline).
 */
export function sourceTarget(
  scenario: Scenario,
  source: PolicySource | undefined,
  requestedResource?: string,
): PolicyTarget | undefined {
  if (!source) return undefined
  const entity = source.entity
  switch (source.kind) {
    case 'inline':
    case 'group-inline': {
      const owner = entity?.kind
      if (owner !== 'user' && owner !== 'group' && owner !== 'role') return undefined
      return { slot: 'inline', owner, identity: entity!.name, name: source.policyName }
    }
    case 'managed':
    case 'group-managed':
    case 'boundary':
    case 'session': {
      const customer = (scenario.policies ?? []).some((p) => p.name === source.policyName)
      // AWS managed policies carry an `arn:aws:iam::aws:` ARN and are bundled, not part of the scenario.
      if (!customer || source.arn?.startsWith('arn:aws:iam::aws:')) return undefined
      return { slot: 'managed', policy: source.policyName }
    }
    case 'scp':
    case 'rcp':
      return scenario.organization?.policies?.some((p) => p.name === source.policyName)
        ? { slot: 'org', name: source.policyName }
        : undefined
    case 'trust':
      return entity?.kind === 'role' ? { slot: 'trust', role: entity.name } : undefined
    case 'resource': {
      const arn = entity ? resourceOf(scenario, entity.name, requestedResource) : undefined
      return arn === undefined ? undefined : { slot: 'resource', arn }
    }
    case 'account-setting':
      return undefined
  }
}

/** The editable document of a trace statement, through the result's `sources` (`identity[0]` → inline policy …). */
export function statementTarget(
  scenario: Scenario,
  ref: Pick<StatementRef, 'policyId'>,
  sources: Record<string, PolicySource>,
  requestedResource?: string,
): PolicyTarget | undefined {
  return sourceTarget(scenario, sources[ref.policyId], requestedResource)
}

/**
 * Source labels by policy id in the page's language, names as code: "inline policy `S3` of user `alice`", for the
 * trace's policy headings and the lists of statements.
 */
export function sourceLabels(sources: Record<string, PolicySource>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, word(s.text)]))
}

/** A policy's name as the trace's heading shows it: the engine's own name worded (`session policy 1`), else as given. */
export function policyTitle(source: PolicySource | undefined, name: string): string {
  return source?.nameText ? word(source.nameText) : `\`${name}\``
}
