// Located problems: the one shape every engine module reports in (parser, validator, evaluator).

/** A source range in UTF-16 code units, as CodeMirror counts: `from` inclusive, `to` exclusive. */
export interface Span {
  from: number
  to: number
}

/** How bad a problem is, in the spirit of IAM Access Analyzer's finding types. */
export type Severity = 'error' | 'security' | 'warning' | 'suggestion'

/** One problem found in a policy or an input. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `invalid-effect`. */
  code: string
  severity: Severity
  /** One line, lower-case start, AWS names in backticks. */
  message: string
  /** How to fix it. */
  help?: string
  /** Where it is: the key or value at fault when the policy came from text. */
  span?: Span
  /** JSON pointer of the value at fault, e.g. `/Statement/0/Effect`. */
  path?: string
}

/** Builds a diagnostic, leaving out undefined fields so results stay small and clone cleanly. */
export function diagnostic(
  code: string,
  severity: Severity,
  message: string,
  extra: { help?: string; span?: Span; path?: string } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message }
  if (extra.help !== undefined) d.help = extra.help
  if (extra.span !== undefined) d.span = extra.span
  if (extra.path !== undefined) d.path = extra.path
  return d
}
