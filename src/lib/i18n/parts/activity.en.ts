// The "activity" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as activity from '../messages/activity'

export const messages = {
  ...activity.en,
} as const
