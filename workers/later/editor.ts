// The policy editor's questions (diagnostics, quick fixes, completion), loaded on the editor's first ask.
import { quickFixes, validatePolicyWithCatalog } from '../../src/engine/index'
import type { Diagnostic, ValidateOptions } from '../../src/engine/index'
import { catalog, docs } from '../catalog/shared'
import { catalogQueries } from '../catalog/queries'

const editorCatalog = catalogQueries(catalog, docs)

export const validate = (input: string | object, options: Omit<ValidateOptions, 'catalog'> = {}) =>
  validatePolicyWithCatalog(input, { ...options, catalog })
export const quickFixesOf = (text: string, diagnostics: Diagnostic[]) => diagnostics.map((d) => quickFixes(text, d))
export const catalogServices = editorCatalog.services
export const catalogActions = editorCatalog.actions
export const catalogConditionKeys = editorCatalog.conditionKeys
