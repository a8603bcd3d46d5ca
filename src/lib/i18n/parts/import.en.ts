// The "import" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineImport from '../messages/engine-import'
import * as engineImportIac from '../messages/engine-import-iac'
import * as iacExport from '../messages/iac-export'
import * as workspaceImports from '../messages/workspace-imports'
import * as workspaceMenu from '../messages/workspace-menu'

export const messages = {
  ...engineImport.en,
  ...engineImportIac.en,
  ...iacExport.en,
  ...workspaceMenu.en,
  ...workspaceImports.en,
} as const
