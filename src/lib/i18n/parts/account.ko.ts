// The "account" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as account from '../messages/account.ko'
import * as federation from '../messages/federation.ko'
import * as organization from '../messages/organization.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './account.en'

export const messages: Messages<typeof en> = {
  ...account.ko,
  ...organization.ko,
  ...federation.ko,
}
