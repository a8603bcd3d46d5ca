// How the credentials UI writes times: the clock, dates of credentials, and the UTC value of a datetime field.
import { t } from '../i18n/index'

/** `2025-05-19 01:30 UTC` (minutes; the clock and credential dates are shown in UTC, as IAM reports them). */
export function timeText(iso: string | undefined): string {
  if (iso === undefined) return ''
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** `2025-05-19` (the day, in UTC). */
export function dayText(iso: string | undefined): string {
  if (iso === undefined) return ''
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10)
}

/** The value of a `datetime-local` field showing `iso` in UTC: `2025-05-19T01:30`. */
export function fieldValue(iso: string | undefined): string {
  if (iso === undefined) return ''
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16)
}

/** The ISO time of a `datetime-local` value read as UTC (`2025-05-19T01:30` → `2025-05-19T01:30:00Z`). */
export function fieldTime(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(value.trim())
  if (!match) return undefined
  const iso = `${match[1]}${match[2] ?? ':00'}Z`
  return Number.isNaN(Date.parse(iso)) ? undefined : iso
}

/** `1 day`, `90 days` (in the page's language). */
export function daysText(n: number): string {
  return Math.abs(n) === 1 ? t('credentials.day') : t('credentials.days', { n })
}
