// The "findings" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as findings from '../messages/findings.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './findings.en'

export const messages: Messages<typeof en> = {
  ...findings.ko,
}
