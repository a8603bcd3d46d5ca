// The scenario's clock: the time the simulated account lives at, which a person can move forward, and how the
// scenario writes times.
import type { Scenario } from './model'

/**
 * The scenario's "now": its environment time when set (the clock a person moves), else `fallback` (the real time).
 * An unreadable time falls back too, so a half-typed date never stops a check.
 */
export function scenarioNow(scenario: Pick<Scenario, 'environment'>, fallback: Date = new Date()): Date {
  const time = scenario.environment?.time
  const parsed = time === undefined ? Number.NaN : Date.parse(time)
  return Number.isNaN(parsed) ? fallback : new Date(parsed)
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined when `from` is not a readable date. */
export function daysBetween(from: string | undefined, to: Date): number | undefined {
  if (from === undefined) return undefined
  const start = Date.parse(from)
  if (Number.isNaN(start)) return undefined
  return Math.floor((to.getTime() - start) / 86_400_000)
}

/** `2026-01-01T00:00:00Z`: ISO 8601 without milliseconds, as AWS writes `aws:CurrentTime`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
