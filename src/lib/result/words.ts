// How the evaluation flow words its steps and verdicts in the page's language: the chart, its detail panel and its
// text version all say the same thing.
import type { EvaluationFlow, FlowStep, FlowVerdict } from '../../engine/index'
import { t } from '../i18n/index'

/** A glyph for each verdict, so colour is never the only signal. */
export const VERDICT_ICON: Record<FlowVerdict, string> = {
  allow: '✓',
  deny: '✕',
  'no-allow': '⊘',
  pass: '✓',
  delegates: '↓',
  'not-applicable': '–',
  'not-reached': '',
}

/** The step's name ("Identity-based policies"; the resource step is the role trust policy for `sts:AssumeRole`). */
export function stepName(flow: EvaluationFlow, step: FlowStep): string {
  if (step.id === 'resource' && flow.trust) return t('flow.step.trust')
  return t(`flow.step.${step.id}`)
}

/** The step's verdict as the chart words it ("No explicit deny in any policy", "Level 1 allows nothing", ...). */
export function verdictText(flow: EvaluationFlow, step: FlowStep): string {
  const v = step.verdict
  if (v === 'not-reached') return t('flow.verdict.not-reached')
  if (step.id === 'decision') return t(`decision.${flow.decision}`)
  if (step.id === 'request' && (v === 'allow' || v === 'no-allow')) return t(`flow.request.${v}`)
  if (step.id === 'deny' && (v === 'pass' || v === 'deny')) return t(`flow.deny.${v}`)
  if (step.id === 'scp' && v === 'allow') return t('flow.scp.allow')
  if (step.id === 'scp' && v === 'no-allow') {
    return t('flow.scp.no-allow', { level: step.levels?.find((l) => l.verdict === 'no-allow')?.level ?? 0 })
  }
  if (step.id === 'rcp' && v === 'pass') return t('flow.rcp.pass')
  if (step.note === 'root-user') return t('flow.identity.root')
  return t(`flow.verdict.${v}`)
}

/** The step's number in the chart ("Step 5: …"); the request and the decision have none. */
export function stepTitle(flow: EvaluationFlow, step: FlowStep): string {
  if (step.id === 'request' || step.id === 'decision') return stepName(flow, step)
  return t('flow.stepName', { n: flow.steps.indexOf(step), name: stepName(flow, step) })
}

/** The accessible name of a step of the chart: name, verdict, and where it sits on the request's path. */
export function stepLabel(flow: EvaluationFlow, step: FlowStep): string {
  const where = step.end ? t('flow.endsHere') : step.onPath ? t('flow.onPath') : ''
  return t('flow.stepButton', {
    name: stepName(flow, step),
    verdict: verdictText(flow, step),
    where: where && `, ${where}`,
  })
}

/** One line of the text version of the chart. */
export function textLine(flow: EvaluationFlow, step: FlowStep, action: string): string {
  if (step.id === 'request' && !step.end) return t('flow.textRequest', { action })
  const name = step.id === 'request' ? t('flow.textRequest', { action }) : stepName(flow, step)
  const ending =
    step.end && step.id !== 'decision' ? t('flow.textEnd', { decision: t(`decision.${flow.decision}`) }) : ''
  return t('flow.textStep', { name, verdict: verdictText(flow, step), where: ending })
}

/** "1 statement", "3 statements". */
export function statementCount(n: number): string {
  return n === 1 ? t('flow.statementsOne') : t('flow.statementsMany', { n })
}
