// The "extras" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineRemedy from '../messages/engine-remedy'
import * as remedy from '../messages/remedy'
import * as whatIf from '../messages/what-if'

export const messages = {
  ...engineRemedy.en,
  ...remedy.en,
  ...whatIf.en,
} as const
