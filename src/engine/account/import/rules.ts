// IAM's rules for names, paths, version ids and dates, as the importer checks them before a value enters a scenario.
// Patterns and lengths from the IAM API Reference (CreateUser, CreateGroup, CreateRole, CreatePolicy, PolicyVersion).
import { isIsoDate } from '../../scenario/shape'

/** What kind of name, with its longest allowed length. */
export const NAME_LIMITS = {
  user: 64,
  group: 128,
  role: 64,
  policy: 128,
  'inline policy': 128,
  'instance profile': 128,
} as const

/** A kind of IAM name. */
export type NameKind = keyof typeof NAME_LIMITS

const NAME = /^[\w+=,.@-]+$/
// `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`, at most 512 characters.
const PATH = /^\/(?:[\x21-\x7E]+\/)?$/
// IAM's pattern also allows a suffix (`v1.beta`) that no real policy uses; the scenario format does not.
const VERSION_ID = /^v[1-9][0-9]*$/

/** True when IAM accepts `name` as a name of that kind. */
export function isValidName(kind: NameKind, name: string): boolean {
  return name.length <= NAME_LIMITS[kind] && NAME.test(name)
}

/** True for `/` and `/a/b/` (printable ASCII, at most 512 characters). */
export function isValidPath(path: string): boolean {
  return path.length <= 512 && PATH.test(path)
}

/** True for `v1`, `v12`. */
export function isValidVersionId(id: string): boolean {
  return VERSION_ID.test(id)
}

// Python's `str(datetime)` — what a dump printed by the AWS SDK for Python (boto3) holds: `2023-03-09 10:41:34+00:00`,
// with microseconds `2023-03-09 10:41:34.123456+00:00`. The same instant as ISO 8601 once the space becomes `T`.
const PYTHON_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(\.\d{1,9})?([+-]\d{2}:\d{2}|Z)?)$/

/**
 * A date as the scenario keeps it: the input's ISO 8601 text when it parses, a `Date` as ISO text, and Python's
 * `2023-03-09 10:41:34+00:00` as the ISO text of the same instant (`2023-03-09T10:41:34+00:00`).
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (typeof value !== 'string') return undefined
  if (isIsoDate(value)) return value
  const python = PYTHON_DATE_TIME.exec(value)
  const iso = python ? `${python[1]}T${python[2]}` : undefined
  return iso !== undefined && isIsoDate(iso) ? iso : undefined
}

/** Role sessions last 1 to 12 hours (`MaxSessionDuration`, seconds). */
export function isValidMaxSessionDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 3600 && value <= 43200
}

/** 12 digits. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{12}$/.test(value)
}
