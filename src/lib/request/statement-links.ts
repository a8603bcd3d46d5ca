// The statements of an answer as links into the editor: the document a statement lives in, opening it there with
// the statement marked, and the words and titles of the links (StatementLinks.svelte draws the list).
import type { FlowPolicy, Scenario, SimulationResult, StatementRef } from '../../engine/index'
import { t } from '../i18n/index'
import type { PolicyTarget } from '../state/policy-target'
import { plain } from '../result/format'
import { setHighlight } from './highlight.svelte'
import { statementTarget } from './policy-source'

/** What a link needs of a statement: its policy, and the statement's span (none for a link to a whole policy). */
export type LinkRef = Pick<StatementRef, 'policyId' | 'span'>

/** One link of a list: what it opens, the words it shows and its title. */
export interface StatementLink {
  key: string
  ref: LinkRef
  text: string
  title: string
}

/** The editable document a statement of `result` lives in, or `undefined` when the scenario holds no text for it. */
export function resultTarget(
  scenario: Scenario,
  result: SimulationResult,
  ref: Pick<StatementRef, 'policyId'>,
): PolicyTarget | undefined {
  return statementTarget(scenario, ref, result.sources, result.trace.request.resource)
}

/** Opens the statement's policy in the editor and marks the statement (nothing when it has no editable text). */
export function openStatement(
  app: { document: { scenario: Scenario }; navigation: { openPolicy(target: PolicyTarget): void } },
  result: SimulationResult,
  ref: LinkRef,
): void {
  const target = resultTarget(app.document.scenario, result, ref)
  if (!target) return
  app.navigation.openPolicy(target)
  setHighlight(target, ref.span)
}

/** A policy in words: its source label (`labels`, by policy id), else its name or id as code. */
function policyText(labels: Record<string, string>, id: string, name: string | undefined): string {
  return labels[id] ?? `\`${name ?? id}\``
}

/**
 * A statement in words, names as code: "inline policy `S3` of user `alice`, statement 2 (`AllowRead`)"; `labels`
 * by policy id (see sourceLabels).
 */
export function statementText(labels: Record<string, string>, ref: StatementRef): string {
  const policy = policyText(labels, ref.policyId, ref.policyName)
  return `${t('decision.statement', { policy, n: ref.index + 1 })}${ref.sid ? ` (\`${ref.sid}\`)` : ''}`
}

/** Links to statements, each opening its policy with the statement marked (the title is plain text). */
export function statementLinks(labels: Record<string, string>, refs: StatementRef[]): StatementLink[] {
  return refs.map((ref) => ({
    key: `${ref.policyId}/${ref.index}`,
    ref,
    text: statementText(labels, ref),
    title: plain(t('answer.open', { policy: policyText(labels, ref.policyId, undefined), n: ref.index + 1 })),
  }))
}

/** Links to whole policies (of a flow step that has no deciding statement). */
export function policyLinks(labels: Record<string, string>, policies: FlowPolicy[]): StatementLink[] {
  return policies.map((p) => {
    const text = policyText(labels, p.policyId, p.name)
    return {
      key: p.policyId,
      ref: { policyId: p.policyId },
      text,
      title: plain(t('flow.openPolicy', { policy: text })),
    }
  })
}
