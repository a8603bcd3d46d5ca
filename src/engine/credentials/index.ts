// Credentials by the scenario's clock: console passwords and the password policy, access keys, MFA devices and the
// credential report.
export { daysBetween, scenarioNow } from '../scenario/clock'
export {
  accessKeyAgeDays,
  accessKeyIds,
  keysInOrder,
  MAX_ACCESS_KEYS,
  needsRotation,
  newAccessKeyId,
  ROTATE_AFTER_DAYS,
} from './access-keys'
export { lastUses } from './last-use'
export type { KeyUse, LastUses } from './last-use'
export {
  MAX_MFA_DEVICES,
  MFA_SERIAL,
  ROOT_MFA_DEVICE_NAME,
  rootMfaActive,
  rootMfaDevices,
  rootMfaSerial,
  userMfaActive,
  VIRTUAL_MFA_NAME,
  virtualMfaSerial,
} from './mfa'
export {
  checkPassword,
  CUSTOM_DEFAULT_MINIMUM_LENGTH,
  DEFAULT_MINIMUM_LENGTH,
  MAX_PASSWORD_LENGTH,
  minimumLength,
  nextHistory,
  PASSWORD_HISTORY_SIZE,
  PASSWORD_POLICY_LIMITS,
  PASSWORD_SYMBOLS,
  passwordFingerprint,
} from './password-policy'
export type { PasswordCheck, PasswordRuleId, PasswordRuleResult } from './password-policy'
export { EXPIRY_WARNING_DAYS, passwordStatus } from './password-status'
export type { PasswordStatus, SelfService } from './password-status'
export {
  CREDENTIAL_REPORT_COLUMNS,
  credentialReport,
  credentialReportFileName,
  credentialReportRows,
  reportTime,
  ROOT_ROW_NAME,
} from './report'
export type { CredentialReportColumn, CredentialReportOptions, CredentialReportRow } from './report'
