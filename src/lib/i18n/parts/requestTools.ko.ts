// The "requestTools" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import type { Messages } from '../messages/types'
import * as requestTools from '../messages/request-tools.ko'
import type { messages as en } from './requestTools.en'

export const messages: Messages<typeof en> = {
  ...requestTools.ko,
}
