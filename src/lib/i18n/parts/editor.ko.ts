// The "editor" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as editor from '../messages/editor.ko'
import * as engineDiagnostics from '../messages/engine-diagnostics.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './editor.en'

export const messages: Messages<typeof en> = {
  ...editor.ko,
  ...engineDiagnostics.ko,
}
