// The "edits" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineEdits from '../messages/engine-edits'

export const messages = {
  ...engineEdits.en,
} as const
