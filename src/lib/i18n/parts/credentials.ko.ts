// The "credentials" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as credentials from '../messages/credentials.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './credentials.en'

export const messages: Messages<typeof en> = {
  ...credentials.ko,
}
