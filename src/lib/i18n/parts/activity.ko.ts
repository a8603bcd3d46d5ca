// The "activity" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as activity from '../messages/activity.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './activity.en'

export const messages: Messages<typeof en> = {
  ...activity.ko,
}
