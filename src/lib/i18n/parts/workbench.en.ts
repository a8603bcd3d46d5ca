// The "workbench" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as workbench from '../messages/workbench'

export const messages = {
  ...workbench.en,
} as const
