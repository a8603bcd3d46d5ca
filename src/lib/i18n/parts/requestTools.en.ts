// The "requestTools" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as requestTools from '../messages/request-tools'

export const messages = {
  ...requestTools.en,
} as const
