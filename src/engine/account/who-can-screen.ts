// A cheap, conservative screen for `whoCan`: could any `Allow` statement of a principal's identity-based policies
// apply to `sts:AssumeRole` on a given role? Conditions are ignored and anything unusual counts as "could", so a
// "no" is certain: when a trust policy can only match the principal through its account, an identity-side allow is
// required (same account: the account delegates to IAM; across accounts: both sides must allow), and without one the
// full evaluation can be skipped.
import type { NamedPolicy } from '../evaluate/input'
import { RecentMap } from '../evaluate/recent'
import { compileArnPattern } from '../match/arn'
import { hasVariables } from '../match/variables'
import { compileGlob, type Matcher } from '../match/wildcard'

/** What one policy may allow for `sts:AssumeRole`: resource matchers, or `any` when it cannot be narrowed. */
type Screen = Matcher[] | 'any'

const ASSUME = 'sts:assumerole'

const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

function screenOf(doc: unknown): Screen {
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc)
    } catch {
      return 'any' // the engine reads (or reports) it; do not guess here
    }
  }
  if (typeof doc !== 'object' || doc === null) return 'any'
  const out: Matcher[] = []
  for (const s of values((doc as { Statement?: unknown }).Statement)) {
    if (typeof s !== 'object' || s === null) return 'any'
    const st = s as Record<string, unknown>
    if (st.Effect !== 'Allow') continue
    if ('NotAction' in st || 'NotResource' in st) return 'any'
    const actions = values(st.Action)
    if (actions.some((a) => typeof a !== 'string')) return 'any'
    if (!actions.some((a) => compileGlob(a as string, true)(ASSUME))) continue
    for (const r of values(st.Resource)) {
      if (typeof r !== 'string' || hasVariables(r)) return 'any'
      out.push(compileArnPattern(r))
    }
  }
  return out
}

// A text's screen depends on the text alone, so it is kept across sweeps and versions (an edit changes one policy's
// text, not the thousands of others); objects, which a caller could change in place, only per AssumeScreen.
const byText = new RecentMap<string, Screen>(8192)

/** Screens per policy document, shared by every principal of one `whoCan` sweep. */
export class AssumeScreen {
  #byDoc = new Map<unknown, Screen>()

  #screen(doc: unknown): Screen {
    let screen = typeof doc === 'string' ? byText.get(doc) : this.#byDoc.get(doc)
    if (!screen) {
      screen = screenOf(doc)
      if (typeof doc === 'string') byText.set(doc, screen)
      else this.#byDoc.set(doc, screen)
    }
    return screen
  }

  /**
   * A test for the principal with these identity-based policies: false only when none can allow assuming `roleArn`;
   * `undefined` when none can allow assuming any role (so a sweep skips every such role without testing each).
   */
  forPolicies(policies: readonly NamedPolicy[]): ((roleArn: string) => boolean) | undefined {
    const matchers: Matcher[] = []
    for (const p of policies) {
      const screen = this.#screen(p.text ?? p.document)
      if (screen === 'any') return () => true
      matchers.push(...screen)
    }
    if (matchers.length === 0) return undefined
    if (matchers.length === 1) return matchers[0]!
    return (roleArn) => matchers.some((m) => m(roleArn))
  }
}
