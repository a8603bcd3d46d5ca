// The "findings" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as findings from '../messages/findings'

export const messages = {
  ...findings.en,
} as const
