// MFA devices of users and root users: serial numbers, virtual device ARNs and whether MFA is on
// (IAM User Guide, "AWS Multi-factor authentication in IAM").
import type { MfaDevice, RootState, User } from '../scenario/model'

/** A user or the root user can have at most eight MFA devices. */
export const MAX_MFA_DEVICES = 8
/** The name the console gives the root user's virtual MFA device. */
export const ROOT_MFA_DEVICE_NAME = 'root-account-mfa-device'

/** A virtual MFA device name: 1 to 226 letters, digits or `+=,.@_-` (`CreateVirtualMFADevice`). */
export const VIRTUAL_MFA_NAME = /^[\w+=,.@-]{1,226}$/
/** A hardware device's serial number: 9 to 256 letters, digits or `+=/:,.@_-` (`EnableMFADevice`). */
export const MFA_SERIAL = /^[\w+=/:,.@-]{9,256}$/

/** The serial number of a virtual MFA device, which is its ARN: `arn:aws:iam::ACCOUNT:mfa/NAME`. */
export function virtualMfaSerial(account: string, name: string): string {
  return `arn:aws:iam::${account}:mfa/${name}`
}

/** The root user's virtual MFA device ARN: `arn:aws:iam::ACCOUNT:mfa/root-account-mfa-device`. */
export function rootMfaSerial(account: string): string {
  return virtualMfaSerial(account, ROOT_MFA_DEVICE_NAME)
}

/** The user has an MFA device enabled. */
export function userMfaActive(user: Pick<User, 'mfaDevices'>): boolean {
  return (user.mfaDevices?.length ?? 0) > 0
}

/** The root user has MFA: a device listed, or the older `mfa: true`. */
export function rootMfaActive(root: RootState | undefined): boolean {
  return root?.mfa === true || (root?.mfaDevices?.length ?? 0) > 0
}

/** The devices of a root user, counting `mfa: true` without a listed device as its virtual device. */
export function rootMfaDevices(account: string, root: RootState | undefined): MfaDevice[] {
  if (root?.mfaDevices?.length) return root.mfaDevices
  return root?.mfa ? [{ serial: rootMfaSerial(account), type: 'virtual' }] : []
}
