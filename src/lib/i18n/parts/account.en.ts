// The "account" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as account from '../messages/account'
import * as federation from '../messages/federation'
import * as organization from '../messages/organization'

export const messages = {
  ...account.en,
  ...organization.en,
  ...federation.en,
} as const
