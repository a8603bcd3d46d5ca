// The "extras" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineRemedy from '../messages/engine-remedy.ko'
import * as remedy from '../messages/remedy.ko'
import * as whatIf from '../messages/what-if.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './extras.en'

export const messages: Messages<typeof en> = {
  ...engineRemedy.ko,
  ...remedy.ko,
  ...whatIf.ko,
}
