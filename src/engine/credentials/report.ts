// The credential report of one account, in the CSV format IAM's GetCredentialReport returns: the root user's row
// first, then every user, with IAM's placeholders (IAM User Guide, "Generate credential reports for your AWS account").
import { accountOf, rootArn, userArn } from '../scenario/arns'
import type { AccessKey, Scenario } from '../scenario/model'
import { keysInOrder } from './access-keys'
import { lastUses, type LastUses } from './last-use'
import { rootMfaActive, userMfaActive } from './mfa'
import { passwordStatus } from './password-status'

/** The report's columns, in IAM's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const

/** One column of the report. */
export type CredentialReportColumn = (typeof CREDENTIAL_REPORT_COLUMNS)[number]

/** One row: a value (text as IAM writes it) per column. */
export type CredentialReportRow = Record<CredentialReportColumn, string>

/** The root user's name in the report. */
export const ROOT_ROW_NAME = '<root_account>'

/** Not applicable (no password, no key, never used). */
const NA = 'N/A'
/** A password that exists but has no recorded sign-in. */
const NO_INFORMATION = 'no_information'
/** What the root row has in the password columns IAM does not report for it. */
const NOT_SUPPORTED = 'not_supported'

/** Options of {@link credentialReportRows}. */
export interface CredentialReportOptions {
  /** The account reported (default: the first). */
  account?: string
}

/** A time as the report writes it: ISO 8601 to the second with `+00:00` (`2024-01-15T09:00:00+00:00`). */
export function reportTime(time: string | undefined): string | undefined {
  if (time === undefined) return undefined
  const ms = Date.parse(time)
  if (Number.isNaN(ms)) return undefined
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}

const bool = (value: boolean) => (value ? 'true' : 'false')

function keyColumns(n: 1 | 2, key: AccessKey | undefined, uses: LastUses): Partial<CredentialReportRow> {
  const used = key ? uses.key(key) : undefined
  const usedAt = reportTime(used?.time)
  const active = key?.status === 'Active'
  return {
    [`access_key_${n}_active`]: bool(active),
    // IAM: "If the user does not have an active access key, the value in this field is N/A".
    [`access_key_${n}_last_rotated`]: active ? (reportTime(key.created) ?? NA) : NA,
    [`access_key_${n}_last_used_date`]: usedAt ?? NA,
    // A use without its region or service recorded reports N/A for them.
    [`access_key_${n}_last_used_region`]: (usedAt && used?.region) || NA,
    [`access_key_${n}_last_used_service`]: (usedAt && used?.service) || NA,
  }
}

function keysColumns(keys: readonly AccessKey[] | undefined, uses: LastUses) {
  const [first, second] = keysInOrder(keys)
  return { ...keyColumns(1, first, uses), ...keyColumns(2, second, uses) }
}

/** The scenario models no X.509 signing certificates: their columns say none. */
const NO_CERTS = { cert_1_active: 'false', cert_1_last_rotated: NA, cert_2_active: 'false', cert_2_last_rotated: NA }

/**
 * The report's rows for one account at `now` (the scenario's clock): the root user first (`<root_account>`,
 * `arn:aws:iam::ACCOUNT:root`, `not_supported` in the password columns IAM does not report for it), then each user
 * of the account in the scenario's order. Never-used or absent credentials read `N/A`; a password never used to sign
 * in reads `no_information`. Last uses are the later of a credential's own `lastUsed` and the activity log's
 * ({@link lastUses}).
 */
export function credentialReportRows(
  scenario: Scenario,
  now: Date,
  options: CredentialReportOptions = {},
): CredentialReportRow[] {
  const accountId = options.account ?? scenario.accounts[0]?.id ?? '000000000000'
  const account = scenario.accounts.find((a) => a.id === accountId)
  const uses = lastUses(scenario, now)
  const root = account?.root
  const rows: CredentialReportRow[] = []
  const arn = rootArn(accountId)
  rows.push({
    user: ROOT_ROW_NAME,
    arn,
    user_creation_time: reportTime(root?.createdAt) ?? NA,
    password_enabled: NOT_SUPPORTED,
    password_last_used: reportTime(uses.password(arn, undefined)) ?? NO_INFORMATION,
    password_last_changed: NOT_SUPPORTED,
    password_next_rotation: NOT_SUPPORTED,
    mfa_active: bool(rootMfaActive(root)),
    ...keysColumns(root?.accessKeys, uses),
    ...NO_CERTS,
  } as CredentialReportRow)
  for (const user of scenario.users ?? []) {
    if (accountOf(scenario, user) !== accountId) continue
    const arn = userArn(scenario, user)
    const status = passwordStatus(user, account, now)
    const lastUsed = reportTime(uses.password(arn, user.password?.lastUsed))
    rows.push({
      user: user.name,
      arn,
      user_creation_time: reportTime(user.createdAt) ?? NA,
      password_enabled: bool(status.enabled),
      password_last_used: status.enabled ? (lastUsed ?? NO_INFORMATION) : NA,
      password_last_changed: (status.enabled && reportTime(status.lastChanged)) || NA,
      password_next_rotation: (status.enabled && reportTime(status.expiresAt)) || NA,
      mfa_active: bool(userMfaActive(user)),
      ...keysColumns(user.accessKeys, uses),
      ...NO_CERTS,
    } as CredentialReportRow)
  }
  return rows
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** The report as CSV text: the header line, then one line per row ({@link credentialReportRows}). */
export function credentialReport(scenario: Scenario, now: Date, options: CredentialReportOptions = {}): string {
  const lines = [CREDENTIAL_REPORT_COLUMNS.join(',')]
  for (const row of credentialReportRows(scenario, now, options)) {
    lines.push(CREDENTIAL_REPORT_COLUMNS.map((c) => csvField(row[c])).join(','))
  }
  return `${lines.join('\n')}\n`
}

/** The file name the console gives a downloaded report: `status_reports_2024-01-15T09_00_00+00_00.csv`. */
export function credentialReportFileName(now: Date): string {
  return `status_reports_${reportTime(now.toISOString())!.replaceAll(':', '_')}.csv`
}
