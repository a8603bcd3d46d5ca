// Every policy document in a scenario goes through the policy grammar; its errors become scenario errors.
import { lineColumn } from '../json/tree'
import type { PolicyKind } from '../policy/kinds'
import { parsePolicy } from '../policy/parse'
import { type CheckContext, each } from './check'
import { at } from './issues'
import { scenarioMessage } from '../messages/scenario'

/** A policy document found in a scenario, with where it is and how it is used. */
export interface ScenarioDocument {
  path: string
  kind: PolicyKind
  document: unknown
}

/** Every policy document of a scenario: inline, trust, managed versions, resource, organization and session policies. */
export function scenarioDocuments(ctx: CheckContext): ScenarioDocument[] {
  const { s } = ctx
  const out: ScenarioDocument[] = []
  const push = (path: string, kind: PolicyKind, document: unknown) => {
    if (document !== undefined) out.push({ path, kind, document })
  }
  for (const list of ['users', 'groups', 'roles'] as const) {
    each(s[list], `/${list}`, (e, path) =>
      each(e.inlinePolicies, at(path, 'inlinePolicies'), (p, pPath) =>
        push(at(pPath, 'document'), 'identity', p.document),
      ),
    )
  }
  each(s.roles, '/roles', (r, path) => push(at(path, 'trustPolicy'), 'trust', r.trustPolicy))
  each(s.policies, '/policies', (p, path) =>
    each(p.versions, at(path, 'versions'), (v, vPath) => push(at(vPath, 'document'), 'identity', v.document)),
  )
  each(s.resources, '/resources', (r, path) => push(at(path, 'policy'), 'resource', r.policy))
  each(s.organization?.policies, '/organization/policies', (p, path) => {
    if (p.type) push(at(path, 'document'), p.type, p.document)
  })
  each(s.sessions, '/sessions', (session, path) =>
    each(session.policies, at(path, 'policies'), (doc, dPath) => push(dPath, 'session', doc)),
  )
  return out
}

/**
 * Reports each policy's grammar errors at the document's path: for a document given as an object, the
 * diagnostic's own pointer is appended; for JSON text, its line and column lead the message. Policy warnings
 * are the validator's business, not the scenario's.
 */
export function checkPolicies(ctx: CheckContext): void {
  for (const { path, kind, document } of scenarioDocuments(ctx)) {
    const policy = parsePolicy(document, { kind })
    for (const d of policy.diagnostics) {
      if (d.severity !== 'error') continue
      if (typeof document === 'string') {
        const where = d.span ? lineColumn(document, d.span.from) : undefined
        ctx.issues.error(
          path,
          where
            ? scenarioMessage('scenario.policyAt', { line: where.line, column: where.column, message: d.messageText })
            : d.messageText,
        )
      } else ctx.issues.error(`${path}${d.path ?? ''}`, d.messageText)
    }
  }
}
