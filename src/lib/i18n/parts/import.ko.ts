// The "import" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineImport from '../messages/engine-import.ko'
import * as engineImportIac from '../messages/engine-import-iac.ko'
import * as iacExport from '../messages/iac-export.ko'
import * as workspaceImports from '../messages/workspace-imports.ko'
import * as workspaceMenu from '../messages/workspace-menu.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './import.en'

export const messages: Messages<typeof en> = {
  ...engineImport.ko,
  ...engineImportIac.ko,
  ...iacExport.ko,
  ...workspaceMenu.ko,
  ...workspaceImports.ko,
}
