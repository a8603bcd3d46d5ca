// The "editor" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as editor from '../messages/editor'
import * as engineDiagnostics from '../messages/engine-diagnostics'

export const messages = {
  ...editor.en,
  ...engineDiagnostics.en,
} as const
