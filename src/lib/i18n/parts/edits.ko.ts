// The "edits" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineEdits from '../messages/engine-edits.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './edits.en'

export const messages: Messages<typeof en> = {
  ...engineEdits.ko,
}
