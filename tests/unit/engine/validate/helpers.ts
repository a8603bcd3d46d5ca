// Small helpers for the validator tests: build policy text, pick diagnostics, read the text a span covers.
import type { Diagnostic } from '../../../../src/engine/diagnostics'

/** Pretty-printed policy text with `Version` 2012-10-17 unless `top` says otherwise. */
export function policyText(
  statements: object | object[],
  top: Record<string, unknown> = { Version: '2012-10-17' },
): string {
  return JSON.stringify({ ...top, Statement: statements }, null, 2)
}

/** The diagnostics with this code. */
export function withCode(ds: Diagnostic[], code: string): Diagnostic[] {
  return ds.filter((d) => d.code === code)
}

/** The one diagnostic with this code (fails the test when there is not exactly one). */
export function only(ds: Diagnostic[], code: string): Diagnostic {
  const found = withCode(ds, code)
  if (found.length !== 1)
    throw new Error(`expected one \`${code}\`, got ${found.length}: ${ds.map((d) => d.code).join(', ')}`)
  return found[0]!
}

/** The source text a diagnostic's span covers. */
export function covered(text: string, d: Diagnostic): string | undefined {
  return d.span ? text.slice(d.span.from, d.span.to) : undefined
}
