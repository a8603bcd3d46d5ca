// The versions of a managed policy (`PolicyVersionList`): which are usable, and which one is the default.
import { importMessage } from '../../messages/import'
import type { PolicyVersion } from '../../scenario/model'
import { MAX_POLICY_VERSIONS } from '../../scenario/quotas'
import { q } from '../../scenario/issues'
import { readDocument } from './decode'
import { isObject, itemsAt, kindOf, readDate, textAt, type Json } from './read'
import { isValidVersionId } from './rules'
import type { Warn } from './types'

/**
 * The usable versions of a managed policy, the default one marked; undefined (with warnings) when there is no
 * usable default version, since a managed policy without one grants nothing anyone could check.
 */
export function readVersions(detail: Json, base: string, warn: Warn): PolicyVersion[] | undefined {
  const items = itemsAt(detail, 'PolicyVersionList', base, warn)
  const defaultId = textAt(detail, 'DefaultVersionId', base, warn)
  if (items.length === 0) {
    warn(base, importMessage('import.noVersionList'))
    return undefined
  }
  const versions: PolicyVersion[] = []
  const flagged: string[] = []
  const skipped = new Set<string>()
  for (const { value, path } of items) {
    if (!isObject(value)) {
      warn(path, importMessage('import.versionNotObject', { kind: kindOf(value) }))
      continue
    }
    const id = textAt(value, 'VersionId', path, warn)
    if (id === undefined || !isValidVersionId(id)) {
      warn(
        path,
        id === undefined ? importMessage('import.versionNoId') : importMessage('import.versionBadId', { id: q(id) }),
      )
      continue
    }
    if (versions.some((v) => v.id === id) || skipped.has(id)) {
      warn(path, importMessage('import.versionTwice', { id: q(id) }))
      continue
    }
    const decoded = readDocument(value.Document, 'identity')
    if (!decoded.ok) {
      warn(`${path}/Document`, importMessage('import.versionBadDocument', { problem: decoded.problem, id: q(id) }))
      skipped.add(id)
      continue
    }
    const version: PolicyVersion = { id, document: decoded.document }
    const created = readDate(value, path, warn)
    if (created) version.createdAt = created
    if (value.IsDefaultVersion === true) flagged.push(id)
    else if (value.IsDefaultVersion !== undefined && value.IsDefaultVersion !== false) {
      warn(
        `${path}/IsDefaultVersion`,
        importMessage('import.isDefaultNotBoolean', { kind: kindOf(value.IsDefaultVersion) }),
      )
    }
    versions.push(version)
  }

  const chosen = chooseDefault(defaultId, flagged, versions, skipped, base, warn)
  if (chosen === undefined) return undefined
  for (const v of versions) if (v.id === chosen) v.isDefault = true
  return keepNewest(versions, base, warn)
}

/** The default version and the newest others, up to {@link MAX_POLICY_VERSIONS}, in input order. */
function keepNewest(versions: PolicyVersion[], base: string, warn: Warn): PolicyVersion[] {
  if (versions.length <= MAX_POLICY_VERSIONS) return versions
  const kept = new Set(
    [...versions]
      .sort(
        (a, b) =>
          Number(b.isDefault === true) - Number(a.isDefault === true) || versionNumber(b.id) - versionNumber(a.id),
      )
      .slice(0, MAX_POLICY_VERSIONS),
  )
  const dropped = versions.filter((v) => !kept.has(v))
  warn(
    `${base}/PolicyVersionList`,
    importMessage('import.tooManyVersions', {
      max: MAX_POLICY_VERSIONS,
      ids: dropped.map((v) => q(v.id)).join(', '),
    }),
  )
  return versions.filter((v) => kept.has(v))
}

/** `DefaultVersionId` wins; then the version marked `IsDefaultVersion`; then the only or the newest version. */
function chooseDefault(
  defaultId: string | undefined,
  flagged: string[],
  versions: PolicyVersion[],
  skipped: Set<string>,
  base: string,
  warn: Warn,
): string | undefined {
  const usable = (id: string) => versions.some((v) => v.id === id)
  if (defaultId !== undefined) {
    if (usable(defaultId)) {
      if (flagged.length > 0 && !flagged.includes(defaultId)) {
        warn(base, importMessage('import.defaultDisagrees', { id: q(defaultId), flagged: q(flagged[0]) }))
      }
      return defaultId
    }
    if (skipped.has(defaultId)) {
      warn(base, importMessage('import.defaultUnusable', { id: q(defaultId) }))
      return undefined
    }
    warn(base, importMessage('import.defaultMissing', { id: q(defaultId) }))
  }
  const marked = flagged[0]
  if (marked !== undefined) return marked
  if (skipped.size > 0) {
    warn(base, importMessage('import.noUsableMarked'))
    return undefined
  }
  const newest = versions.reduce<PolicyVersion | undefined>(
    (best, v) => (best === undefined || versionNumber(v.id) > versionNumber(best.id) ? v : best),
    undefined,
  )
  if (newest === undefined) {
    warn(base, importMessage('import.noUsableVersion'))
    return undefined
  }
  if (versions.length > 1) warn(base, importMessage('import.newestDefault', { id: q(newest.id) }))
  return newest.id
}

function versionNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10)
}
