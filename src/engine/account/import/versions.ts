// The versions of a managed policy (`PolicyVersionList`): which are usable, and which one is the default.
import type { PolicyVersion } from '../../scenario/model'
import { MAX_POLICY_VERSIONS } from '../../scenario/quotas'
import { q } from '../../scenario/issues'
import { readPolicyDocument } from './decode'
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
    warn(base, 'managed policy has no `PolicyVersionList`, so its document is unknown; skipped')
    return undefined
  }
  const versions: PolicyVersion[] = []
  const flagged: string[] = []
  const skipped = new Set<string>()
  for (const { value, path } of items) {
    if (!isObject(value)) {
      warn(path, `a policy version should be an object, found ${kindOf(value)}; skipped`)
      continue
    }
    const id = textAt(value, 'VersionId', path, warn)
    if (id === undefined || !isValidVersionId(id)) {
      warn(
        path,
        id === undefined ? 'policy version has no `VersionId`; skipped' : `invalid \`VersionId\` ${q(id)}; skipped`,
      )
      continue
    }
    if (versions.some((v) => v.id === id) || skipped.has(id)) {
      warn(path, `version ${q(id)} is listed twice; the first is kept`)
      continue
    }
    const decoded = readPolicyDocument(value.Document, 'identity')
    if (!decoded.ok) {
      warn(`${path}/Document`, `\`Document\` ${decoded.message}; version ${q(id)} skipped`)
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
        `\`IsDefaultVersion\` should be a boolean, found ${kindOf(value.IsDefaultVersion)}`,
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
    `a managed policy keeps at most ${MAX_POLICY_VERSIONS} versions; ${dropped.map((v) => q(v.id)).join(', ')} left out`,
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
        warn(
          base,
          `\`DefaultVersionId\` is ${q(defaultId)} but ${q(flagged[0])} is marked \`IsDefaultVersion\`; using ${q(defaultId)}`,
        )
      }
      return defaultId
    }
    if (skipped.has(defaultId)) {
      warn(base, `the default version ${q(defaultId)} is unusable, so the policy's effect is unknown; skipped`)
      return undefined
    }
    warn(base, `\`DefaultVersionId\` ${q(defaultId)} is not in \`PolicyVersionList\``)
  }
  const marked = flagged[0]
  if (marked !== undefined) return marked
  if (skipped.size > 0) {
    warn(base, "no usable version is marked as the default, so the policy's effect is unknown; skipped")
    return undefined
  }
  const newest = versions.reduce<PolicyVersion | undefined>(
    (best, v) => (best === undefined || versionNumber(v.id) > versionNumber(best.id) ? v : best),
    undefined,
  )
  if (newest === undefined) {
    warn(base, 'managed policy has no usable version; skipped')
    return undefined
  }
  if (versions.length > 1) warn(base, `no version is marked as the default; using the newest, ${q(newest.id)}`)
  return newest.id
}

function versionNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10)
}
