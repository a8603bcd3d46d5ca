// The "credentials" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as credentials from '../messages/credentials'

export const messages = {
  ...credentials.en,
} as const
