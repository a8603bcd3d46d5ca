// Date condition operators: DateEquals, DateLessThan(Equals), DateGreaterThan(Equals); DateNotEquals is DateEquals
// negated by the caller. Both sides may be ISO 8601 (W3C profile) or epoch seconds.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
import { anyNumber, compareNumbers, equalityIndex, type NumericComparison } from './numeric'
import {
  compiledValues,
  malformedPolicyValue,
  malformedRequestValue,
  type CompiledValue,
  type CompiledValues,
} from './types'

/** The positive date comparisons: the request instant is on the left (`DateLessThan`: request before policy). */
export type DateComparison =
  'DateEquals' | 'DateLessThan' | 'DateLessThanEquals' | 'DateGreaterThan' | 'DateGreaterThanEquals'

const AS_NUMERIC: Record<DateComparison, NumericComparison> = {
  DateEquals: 'NumericEquals',
  DateLessThan: 'NumericLessThan',
  DateLessThanEquals: 'NumericLessThanEquals',
  DateGreaterThan: 'NumericGreaterThan',
  DateGreaterThanEquals: 'NumericGreaterThanEquals',
}

// Epoch (UNIX) time in seconds. An all-digit value is always epoch seconds, so a bare year like `2024` is not read as
// a W3C "YYYY" date: that is the one reading that keeps `aws:EpochTime` values unambiguous.
const EPOCH = /^-?\d+(?:\.\d+)?$/

// The W3C profile of ISO 8601 (https://www.w3.org/TR/NOTE-datetime): YYYY-MM, YYYY-MM-DD, and
// YYYY-MM-DDThh:mm[:ss[.s+]] with a zone designator `Z` or `±hh:mm`. Leniencies: lower-case `t`/`z`, `±hhmm`, and a
// time without a zone is read as UTC.
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?)?$/

const DAY_MS = 86_400_000

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`): exact for any year. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

let lastText: string | undefined
let lastValue: number | undefined

/**
 * Parses a date to milliseconds since the epoch (fractional below a millisecond); undefined when malformed or not a
 * real calendar date. The last result is remembered, since one request value (`aws:CurrentTime`) meets many conditions.
 */
export function parseDate(text: string): number | undefined {
  if (text === lastText) return lastValue
  const value = parseDateUncached(text)
  lastText = text
  lastValue = value
  return value
}

function parseDateUncached(text: string): number | undefined {
  if (EPOCH.test(text)) {
    const ms = Number(text) * 1000
    return Number.isFinite(ms) ? ms : undefined
  }
  const m = ISO.exec(text)
  if (!m) return undefined
  const [, y, mo, d = '01', hh = '00', mi = '00', ss = '00', frac, , sign, oh = '00', om = '00'] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(hh)
  const minute = Number(mi)
  const second = Number(ss)
  const offH = Number(oh)
  const offM = Number(om)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59 || offH > 23 || offM > 59) return undefined
  const fraction = frac ? Number('0.' + frac) * 1000 : 0
  const offset = sign ? (sign === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000 : 0
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + fraction - offset
}

const malformed = malformedRequestValue('date')

/**
 * Compiles the values of a date condition ("one of the W3C implementations of the ISO 8601 date formats or in epoch
 * (UNIX) time"). Instants are compared, so `2026-01-01`, `2026-01-01T00:00:00Z` and `1767225600` are all equal.
 * Policy variables are not substituted ("You can not use a policy variable with the Date condition operator").
 */
export function compileDate(comparison: DateComparison, values: readonly string[]): CompiledValues<number> {
  const numeric = AS_NUMERIC[comparison]
  const instants: number[] = []
  const keys: (number | undefined)[] = []
  const compiled = values.map((value): CompiledValue<number> => {
    const p = parseDate(value)
    keys.push(p)
    if (p === undefined) {
      return { value, error: malformedPolicyValue('date', value, 'Date') }
    }
    instants.push(p)
    return { value, test: (r) => compareNumbers(numeric, r, p) }
  })
  return compiledValues(compiled, parseDate, malformed, anyNumber(numeric, instants), equalityIndex(numeric, keys))
}
