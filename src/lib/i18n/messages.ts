// Every user-facing string of the app, in one typed catalog assembled from the feature catalogs in ./messages/.
// English is the source of truth; every language has every key (a missing one is a type error in its feature file).
// Each feature's Korean is in `./messages/<feature>.ko.ts`, assembled in ./messages-ko.ts, a chunk of its own that only
// a page in Korean loads (`loadCatalog`): a new feature catalog is registered here (English) and there (Korean).

import * as about from './messages/about'
import * as account from './messages/account'
import * as activity from './messages/activity'
import * as credentials from './messages/credentials'
import * as editor from './messages/editor'
import * as engineDiagnostics from './messages/engine-diagnostics'
import * as engineEdits from './messages/engine-edits'
import * as engineExclusions from './messages/engine-exclusions'
import * as engineImport from './messages/engine-import'
import * as engineImportIac from './messages/engine-import-iac'
import * as engineLesson from './messages/engine-lesson'
import * as engineAwsError from './messages/engine-aws-error'
import * as engineAwsCli from './messages/engine-aws-cli'
import * as engineRemedy from './messages/engine-remedy'
import * as engineRequest from './messages/engine-request'
import * as engineSources from './messages/engine-sources'
import * as engineSts from './messages/engine-sts'
import * as engineScenario from './messages/engine-scenario'
import * as engineTrace from './messages/engine-trace'
import * as federation from './messages/federation'
import * as findings from './messages/findings'
import * as flow from './messages/flow'
import * as gallery from './messages/gallery'
import * as graph from './messages/graph'
import * as impact from './messages/impact'
import * as lesson from './messages/lesson'
import * as matrix from './messages/matrix'
import * as matrixColumns from './messages/matrix-columns'
import * as organization from './messages/organization'
import * as pasteError from './messages/paste-error'
import * as remedy from './messages/remedy'
import * as request from './messages/request'
import * as requestChecks from './messages/request-checks'
import * as result from './messages/result'
import * as session from './messages/session'
import * as share from './messages/share'
import * as shell from './messages/shell'
import * as views from './messages/views'
import * as whatIf from './messages/what-if'
import * as workspace from './messages/workspace'

/** The English catalog: the source of truth for keys and placeholders (`{name}`). */
export const en = {
  ...shell.en,
  ...workspace.en,
  ...gallery.en,
  ...share.en,
  ...account.en,
  ...organization.en,
  ...editor.en,
  ...engineDiagnostics.en,
  ...engineEdits.en,
  ...request.en,
  ...requestChecks.en,
  ...result.en,
  ...session.en,
  ...engineTrace.en,
  ...engineSources.en,
  ...engineExclusions.en,
  ...engineRemedy.en,
  ...engineRequest.en,
  ...engineSts.en,
  ...engineScenario.en,
  ...engineImport.en,
  ...engineImportIac.en,
  ...engineLesson.en,
  ...views.en,
  ...graph.en,
  ...flow.en,
  ...matrix.en,
  ...impact.en,
  ...matrixColumns.en,
  ...remedy.en,
  ...whatIf.en,
  ...credentials.en,
  ...activity.en,
  ...federation.en,
  ...findings.en,
  ...lesson.en,
  ...about.en,
  ...pasteError.en,
  ...engineAwsError.en,
  ...engineAwsCli.en,
} as const

/** A message key. */
export type MessageKey = keyof typeof en

/** A catalog for one language: every key, each a string. */
export type Catalog = Readonly<Record<MessageKey, string>>

/** The languages the app speaks. */
export type Locale = 'en' | 'ko'

/**
 * The catalogs loaded so far, by locale: English always; Korean once {@link loadCatalog} has fetched it (a page in
 * English never loads the Korean text).
 */
const catalogs: Partial<Record<Locale, Catalog>> = { en }

/** Loads a locale's catalog (once); resolves when {@link translate} can use it. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return
  if (locale === 'ko') catalogs.ko = (await import('./messages-ko')).ko
}

/** Whether a locale's catalog is loaded (else {@link translate} falls back to English). */
export function catalogLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined
}

/** The first of the browser's preferred languages that the app speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'ko') return 'ko'
    if (base === 'en') return 'en'
  }
  return 'en'
}

/** A value a message can show: text as is, a number or a date formatted for the locale. */
export type MessageParam = string | number | Date

const numberFormats = new Map<Locale, Intl.NumberFormat>()
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

/** Formats a number the locale's way (digit grouping, decimal sign). */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)))
  return format.format(value)
}

/** Formats a date and time the locale's way, in UTC (the scenario's clock), e.g. `Jan 31, 2025, 12:05 UTC`. */
export function formatDate(locale: Locale, value: Date): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
      timeZoneName: 'short',
    })
    dateFormats.set(locale, format)
  }
  return format.format(value)
}

function formatParam(locale: Locale, value: MessageParam): string {
  if (typeof value === 'number') return formatNumber(locale, value)
  if (value instanceof Date) return formatDate(locale, value)
  return value
}

/**
 * Formats a message: the locale's text with `{name}` placeholders filled; numbers and dates are formatted for the
 * locale (Intl), strings go in as they are. A placeholder without a param stays visible.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, MessageParam>> = {},
): string {
  return (catalogs[locale] ?? en)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(locale, params[name]!) : whole,
  )
}
