// sts:AssumeRole as the request's principal, evaluated in the engine worker: a granted session joins the scenario
// (an undoable edit) and becomes the request's principal; every call is recorded in the activity log.
import { addSession, stsErrorOf, type AssumeRoleRequest, type AssumeRoleResult, type Session } from '../../engine/index'
import { recordRuns } from '../activity/recorder.svelte'
import { t, word } from '../i18n/index'
import type { ScenarioDocument } from '../state/document.svelte'
import type { Question } from '../state/question.svelte'
import { sentence } from '../result/format'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import { claimsOf, Federation } from './federation.svelte'
import { SessionPolicies } from './session-policies.svelte'

/**
 * How the last call ended: acting as the new session; refused by authorization (the reason and the decision that
 * denied); or failed before evaluation (a parameter, a document or the caller's credentials: that failure is the
 * whole answer, never followed by a decision).
 */
export type AssumeOutcome =
  | { kind: 'acting'; arn: string; session: Session }
  | { kind: 'refused'; text: string; detail?: string }
  | { kind: 'failed'; text: string }

/** The Assume role form: its fields, the call in flight and its outcome. */
export class AssumeRole {
  /** The role's ARN. */
  role = $state('')
  sessionName = $state('playground')
  durationSeconds = $state(3600)
  externalId = $state('')
  mfa = $state(false)
  /** The session policies to pass. */
  readonly policies = new SessionPolicies()
  outcome = $state.raw<AssumeOutcome | undefined>(undefined)
  /** How STS is called: as the request's principal, or as an identity provider with claims. */
  readonly federation = new Federation()

  readonly #call: EngineQuery<Parameters<EngineCall<'assumeRole'>>, AssumeRoleResult>

  /** `assumeRole` calls the engine (the worker in the app, a fake in tests). */
  constructor(assumeRole: EngineCall<'assumeRole'> = inWorker('assumeRole')) {
    this.#call = new EngineQuery(assumeRole)
  }

  get busy(): boolean {
    return this.#call.pending
  }

  /** Calls sts:AssumeRole as the question's principal with the form's fields. */
  assume = async (document: ScenarioDocument, question: Question): Promise<void> => {
    const fed = this.federation
    if (fed.federated && !fed.provider)
      return void (this.outcome = { kind: 'refused', text: t('federation.needProvider') })
    const caller = fed.federated ? fed.provider : question.request.principal.trim()
    if (!caller) return void (this.outcome = { kind: 'refused', text: t('assume.needCaller') })
    if (!this.role) return void (this.outcome = { kind: 'refused', text: t('assume.needRole') })
    const request: AssumeRoleRequest = {
      caller,
      role: this.role,
      sessionName: this.sessionName.trim(),
      durationSeconds: this.durationSeconds,
      // A federated call carries no MFA and no external ID (the identity provider vouches for the caller).
      environment: { ...$state.snapshot(question.request.environment), mfa: !fed.federated && this.mfa },
      ...(!fed.federated && this.externalId.trim() ? { externalId: this.externalId.trim() } : {}),
      ...(fed.federated ? { action: fed.how, claims: claimsOf($state.snapshot(fed.claims)) } : {}),
      ...this.policies.input,
    }
    const result = await this.#call.run(document.scenario, request)
    if (!result) {
      if (this.#call.error !== undefined) this.outcome = { kind: 'refused', text: this.#call.error }
      return
    }
    await recordRuns(document, [{ call: request, answer: result }])
    if (!result.ok) {
      const error = stsErrorOf(result.code)
      if (error) {
        this.outcome = {
          kind: 'failed',
          text: t('assume.failedBefore', {
            action: fed.federated ? fed.how.slice(4) : 'AssumeRole',
            reason: word(result.reasonText),
            error,
          }),
        }
        return
      }
      const decision = t(`decision.${result.result.decision}`)
      this.outcome = {
        kind: 'refused',
        text: fed.federated
          ? t('federation.failed', { action: fed.how.slice(4), reason: word(result.reasonText) })
          : t('assume.failed', { reason: word(result.reasonText) }),
        detail: t('assume.decision', { decision, rule: sentence(word(result.result.trace.rule.text)) }),
      }
      return
    }
    const refusal = document.edit(addSession(document.scenario, result.session))
    if (refusal) return void (this.outcome = { kind: 'refused', text: refusal })
    question.setRequest({ principal: result.sessionArn })
    this.outcome = { kind: 'acting', arn: result.sessionArn, session: result.session }
  }
}
