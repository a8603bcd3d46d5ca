// What every IaC importer shares: options with defaults, the lists of problems, and the finished result.
import { LIMITS } from '../../errors'
import { parseJsonText } from '../../json/tree'
import { englishField } from '../../messages/english-fields'
import type { ImportIacMessage } from '../../messages/import-iac.en'
import { importIacMessage } from '../../messages/import-iac'
import type { LocalizedText } from '../../scenario/model'
import { ScenarioBuilder } from './builder'
import { settle } from './settle'
import type { IacImportOptions, IacImportResult, IacProblem, IacUnresolved, IacWarn } from './types'

/** The account used when neither the options nor the input name one. */
export const DEFAULT_IAC_ACCOUNT = '123456789012'

/** One import run: its options, builder and problem lists. */
export class ImportRun {
  readonly warnings: IacProblem[] = []
  readonly errors: IacProblem[] = []
  readonly unresolved: IacUnresolved[] = []
  readonly region: string
  readonly partition: string
  readonly warn: IacWarn = (location, text) => {
    this.warnings.push({ location, message: englishField(text), text })
  }
  private builderOf: ScenarioBuilder | undefined

  constructor(readonly options: IacImportOptions) {
    this.region = options.region ?? 'us-east-1'
    this.partition = options.partition ?? 'aws'
  }

  /** The builder, for the account chosen (options first, then `fromInput`, then the default). */
  builder(fromInput?: string): ScenarioBuilder {
    this.builderOf ??= new ScenarioBuilder(this.account(fromInput), this.warn)
    return this.builderOf
  }

  /** The account: the option when it is 12 digits, else the input's, else {@link DEFAULT_IAC_ACCOUNT}. */
  account(fromInput?: string): string {
    if (this.builderOf) return this.builderOf.account
    if (this.options.accountId && /^\d{12}$/.test(this.options.accountId)) return this.options.accountId
    return fromInput ?? DEFAULT_IAC_ACCOUNT
  }

  /** The value filled in for a reference (`var.x` may be given as `x`), if any. */
  filled(ref: string): string | undefined {
    const values = this.options.values
    if (!values) return undefined
    if (Object.hasOwn(values, ref)) return values[ref]
    const short = ref.replace(/^var\./, '')
    return Object.hasOwn(values, short) ? values[short] : undefined
  }

  /** Lists a value to fill in (once per location and reference). */
  open(location: string, ref: string, text: ImportIacMessage): void {
    if (this.unresolved.some((u) => u.location === location && u.ref === ref)) return
    this.unresolved.push({ location, ref, message: englishField(text), text })
  }

  /** Records a fatal problem with the input. */
  fail(location: string, text: ImportIacMessage, pos?: { line: number; column: number }): void {
    this.errors.push({ location, ...(pos ?? {}), message: englishField(text), text })
  }

  /** The result; an empty scenario when the input could not be read. */
  finish(title: LocalizedText, description: LocalizedText): IacImportResult {
    const b = this.builder()
    const built = b.build(this.options.name?.trim() ? this.options.name.trim() : title, description)
    if (this.errors.length === 0) settle(built.scenario, this.warn)
    if (this.errors.length === 0 && Object.values(built.stats).every((n) => n === 0)) {
      this.warn('', importIacMessage('importIac.noResources'))
    }
    return {
      scenario: built.scenario,
      errors: this.errors,
      warnings: this.warnings,
      unresolved: this.unresolved,
      stats: built.stats,
    }
  }
}

/** Line and column (1-based) of a character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1 }
}

/**
 * Parses JSON text; on a syntax error records it, located by the engine's positioned JSON parser (line and column),
 * and returns undefined.
 */
export function readJsonText(text: string, run: ImportRun): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (e) {
    const located = text.length <= LIMITS.maxPolicyText ? parseJsonText(text).diagnostics : []
    const first = located.find((d) => d.severity === 'error')
    const error = first?.messageText ?? (e as Error).message
    const at = first?.span ? lineColumn(text, first.span.from) : undefined
    run.fail('', importIacMessage('importIac.badJson', { error }), at)
    return undefined
  }
}

/** What a value is, for messages ("found an array"). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
