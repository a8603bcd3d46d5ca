// The policy validator: the parser's grammar problems plus checks in the spirit of IAM Access Analyzer.
// Pure and DOM-free; the catalog, when given, is a synchronous snapshot loaded beforehand.
import type { Catalog } from '../catalog/catalog'
import { servicesIn } from '../catalog/queries'
import type { CatalogSnapshot } from '../catalog/types'
import type { Diagnostic, DiagnosticCode } from '../diagnostics'
import type { PolicyKind } from '../policy/kinds'
import type { Policy } from '../policy/model'
import { parsePolicy } from '../policy/parse'
import { checkActions, checkResourceServices } from './catalog-actions'
import { checkConditionKeys } from './catalog-conditions'
import { Pointers, type Ctx } from './context'
import { checkActionSeparators, checkRedundant, checkServiceWildcards, checkVariables, checkVersion } from './general'
import { checkQuota, quotaOf, type QuotaKind } from './quotas'
import { checkSecurity } from './security'
import { checkSetOperators } from './set-operators'

/** Options for {@link validatePolicy}. */
export interface ValidateOptions {
  /** Where the policy is used: decides grammar rules, which security checks apply, and the default size quota. */
  kind?: PolicyKind
  /** Service catalog for action, condition-key and resource checks; without it those checks are skipped. */
  catalog?: CatalogSnapshot
  /** The size quota to check; by default the one `kind` implies (none for identity and resource policies). */
  quota?: QuotaKind
}

// Problems that leave no JSON object to check: the validator adds nothing to them.
const NOT_A_POLICY: ReadonlySet<DiagnosticCode> = new Set([
  'json-syntax',
  'too-large',
  'too-deep',
  'not-json',
  'policy-not-object',
])

/**
 * Validates a policy (text, with positions, or an object): returns the parser's diagnostics followed by the
 * validator's, ordered by position. Never throws for bad input.
 */
export function validatePolicy(input: string | object, options: ValidateOptions = {}): Diagnostic[] {
  return validateParsed(input, parsePolicy(input, { ...(options.kind ? { kind: options.kind } : {}) }), options)
}

/** Loads the catalog files the policy needs (services in actions and condition keys), then validates it. */
export async function validatePolicyWithCatalog(
  input: string | object,
  options: Omit<ValidateOptions, 'catalog'> & { catalog: Catalog },
): Promise<Diagnostic[]> {
  const policy = parsePolicy(input, { ...(options.kind ? { kind: options.kind } : {}) })
  await options.catalog.load(servicesIn(policy))
  return validateParsed(input, policy, { ...options, catalog: options.catalog.snapshot() })
}

function validateParsed(input: unknown, policy: Policy, options: ValidateOptions): Diagnostic[] {
  if (policy.diagnostics.some((d) => NOT_A_POLICY.has(d.code))) return policy.diagnostics
  const ctx: Ctx = { policy, pointers: new Pointers(input), out: [], guesses: 50 }
  if (options.kind) ctx.kind = options.kind
  if (options.catalog) ctx.catalog = options.catalog
  checkVersion(ctx)
  checkVariables(ctx)
  checkActionSeparators(ctx)
  checkServiceWildcards(ctx)
  checkRedundant(ctx)
  checkSetOperators(ctx)
  checkSecurity(ctx)
  if (options.catalog) {
    checkActions(ctx, options.catalog)
    checkConditionKeys(ctx, options.catalog)
    checkResourceServices(ctx, options.catalog)
  }
  checkQuota(ctx, input, options.quota ?? quotaOf(options.kind))
  // A stable sort: diagnostics at the same place keep the order of the checks above.
  const found = ctx.out.sort((a, b) => (a.span?.from ?? 0) - (b.span?.from ?? 0))
  return [...policy.diagnostics, ...found]
}
