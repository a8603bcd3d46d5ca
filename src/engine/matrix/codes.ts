// The matrix's cell codes and what a request's action looks like: the page reads these without the simulator.
import { ACTION_NAME } from '../evaluate/input'
import type { Verdict } from '../trace/types'

/** One cell: `A` Allowed, `E` explicitly denied, `I` implicitly denied. */
export type MatrixCode = 'A' | 'E' | 'I'

/** The code of each decision. */
export const MATRIX_CODES: Readonly<Record<Verdict, MatrixCode>> = { Allow: 'A', ExplicitDeny: 'E', ImplicitDeny: 'I' }

/** The decision of each code. */
export const MATRIX_VERDICTS: Readonly<Record<MatrixCode, Verdict>> = {
  A: 'Allow',
  E: 'ExplicitDeny',
  I: 'ImplicitDeny',
}

/** True when `text` is one action as a request names it: `service:Action`, no wildcards. */
export function isActionName(text: string): boolean {
  return text.length <= 256 && ACTION_NAME.test(text)
}
