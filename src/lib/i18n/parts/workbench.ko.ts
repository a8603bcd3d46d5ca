// The "workbench" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as workbench from '../messages/workbench.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './workbench.en'

export const messages: Messages<typeof en> = {
  ...workbench.ko,
}
