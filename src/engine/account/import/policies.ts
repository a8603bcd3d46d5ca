// Managed policies: the input's `Policies` list becomes the scenario's customer managed policies, and every
// reference (`AttachedManagedPolicies`, `PermissionsBoundary`) is resolved against it, then the bundled AWS set. The
// AWS managed policies the input lists are carried as copies (`account: 'aws'`) when referenced and not bundled as is.
import type { PolicyDocument } from '../../evaluate/input'
import { normalPath } from '../../scenario/arns'
import { findAwsManagedPolicy } from '../../scenario/aws-managed'
import { AWS_MANAGED_ACCOUNT, type ManagedPolicy, type PolicyVersion } from '../../scenario/model'
import { q } from '../../scenario/issues'
import { readPolicyDocument } from './decode'
import { parseIamArn } from './iam-arn'
import { isObject, kindOf, textAt, type Item, type Json } from './read'
import { isoDate, isValidName, isValidPath, isValidVersionId } from './rules'
import type { Warn } from './types'
import { readVersions } from './versions'

/** A reference to a managed policy as the input writes it. */
export interface PolicyRef {
  arn?: string
  name?: string
}

/** The input's managed policies, and the resolver for references to them. */
export interface PolicyCatalog {
  /** The customer managed policies, in input order. */
  customer: ManagedPolicy[]
  /**
   * The copies of AWS managed policies (`account: 'aws'`) that references resolved to so far, in input order: those
   * outside the bundled set, and those whose document differs from the bundled one (the account's copy wins).
   */
  awsCopies(): ManagedPolicy[]
  /** A reference as the scenario writes it (an ARN), or undefined when unknown; `what` names the referrer. */
  resolve(ref: PolicyRef, path: string, what: 'attached' | 'boundary'): string | undefined
  /** References that could not be resolved, each once, in the order met. */
  unresolved: string[]
}

/** An AWS managed policy as the input lists it: its default version, or why that is unusable. */
interface AwsCopy {
  name: string
  /** Where it is in the input. */
  where: string
  /** Its place in `Policies` (copies go into the scenario in input order). */
  order: number
  /** The scenario entry, when the default version is usable. */
  policy?: ManagedPolicy
  /** The default version's document (as in `policy`). */
  document?: PolicyDocument
  /** Why the default version is unusable. */
  problem?: string
}

/**
 * Reads `Policies` and returns the catalog. `account` is the scenario's account: customer managed policies get
 * their ARNs there, whatever account the input's ARNs name (IAM cannot attach another account's policy).
 */
export function readPolicies(entries: Item[], account: string, warn: Warn): PolicyCatalog {
  const customer: ManagedPolicy[] = []
  // `PATH + NAME` → the scenario ARN. Names are unique in an account whatever the path, so the account of a
  // reference's ARN does not matter here.
  const customerByKey = new Map<string, string>()
  const customerByName = new Map<string, string>()
  const seenNames = new Set<string>()
  // Listed in `Policies` but without a usable default version: references to them are unresolved, with a reason.
  const broken = new Set<string>()
  // AWS ARN → the input's copy; lower-cased name → AWS ARN (names of AWS managed policies are unique too).
  const awsCopies = new Map<string, AwsCopy>()
  const awsByName = new Map<string, string>()

  for (const [order, { value, path }] of entries.entries()) {
    if (!isObject(value)) {
      warn(path, `a managed policy should be an object, found ${kindOf(value)}; skipped`)
      continue
    }
    const arnText = textAt(value, 'Arn', path, warn)
    const arn = arnText === undefined ? undefined : parseIamArn(arnText)
    if (arnText !== undefined && arn?.type !== 'policy') {
      warn(`${path}/Arn`, `${q(arnText)} is not a managed policy ARN; ignored`)
    }
    const policyArnParts = arn?.type === 'policy' ? arn : undefined
    const name = textAt(value, 'PolicyName', path, warn) ?? policyArnParts?.name
    if (name === undefined) {
      warn(path, 'managed policy has neither `PolicyName` nor `Arn`; skipped')
      continue
    }
    // References name policies by ARN, so the ARN's path wins over a disagreeing `Path`.
    const pathField = textAt(value, 'Path', path, warn)
    let policyPath = policyArnParts?.path ?? pathField ?? '/'
    if (pathField !== undefined && pathField !== policyPath) {
      warn(`${path}/Path`, `\`Path\` ${q(pathField)} disagrees with \`Arn\`; using the ARN's ${q(policyPath)}`)
    }
    if (!isValidPath(policyPath)) {
      warn(`${path}/Path`, `invalid path ${q(policyPath)}; using "/"`)
      policyPath = '/'
    }

    if (policyArnParts?.account === 'aws') {
      const key = awsArn(policyPath, name)
      const twin = awsByName.get(name.toLowerCase())
      if (twin !== undefined) {
        warn(path, `AWS managed policy ${q(name)} is listed twice; the first (${q(twin)}) is kept`)
        continue
      }
      awsByName.set(name.toLowerCase(), key)
      awsCopies.set(key, awsCopy(value, name, policyPath, path, order))
      continue
    }

    if (!isValidName('policy', name)) {
      warn(path, `invalid managed policy name ${q(name)}; skipped`)
      continue
    }
    const key = normalPath(policyPath) + name
    if (seenNames.has(name.toLowerCase())) {
      warn(path, `managed policy ${q(name)} is listed twice (names are unique in an account); the first is kept`)
      continue
    }
    seenNames.add(name.toLowerCase())
    const versions = readVersions(value, path, warn)
    if (!versions) {
      broken.add(key)
      continue
    }
    const policy: ManagedPolicy = { name, versions }
    if (normalPath(policyPath) !== '/') policy.path = normalPath(policyPath)
    const description = textAt(value, 'Description', path, warn)
    if (description) policy.description = description
    customer.push(policy)
    const scenarioArn = `arn:aws:iam::${account}:policy${normalPath(policyPath)}${name}`
    customerByKey.set(key, scenarioArn)
    customerByName.set(name, scenarioArn)
  }

  const unresolved: string[] = []
  const unresolvedSet = new Set<string>()
  let partitionWarned = false

  const fail = (ref: string, path: string, what: 'attached' | 'boundary', reason: string): undefined => {
    if (!unresolvedSet.has(ref)) {
      unresolvedSet.add(ref)
      unresolved.push(ref)
    }
    warn(
      path,
      what === 'boundary'
        ? `permissions boundary ${q(ref)} ${reason}; imported without a boundary, which may allow more than in AWS`
        : `managed policy ${q(ref)} ${reason}; left out, which may deny more than in AWS`,
    )
    return undefined
  }

  // The AWS ARNs whose copy the scenario carries.
  const used = new Set<string>()
  // Unusable copies already reported.
  const reported = new Set<string>()

  /** An AWS managed policy: the input's copy when usable (unless it matches the bundle), else the bundled one. */
  const resolveAws = (key: string, ref: string, path: string, what: 'attached' | 'boundary'): string | undefined => {
    const bundled = findAwsManagedPolicy(key)
    const copy = awsCopies.get(key)
    if (copy?.policy) {
      // A copy identical to the bundled document adds nothing: the reference uses the bundle.
      if (!bundled || !sameJson(copy.document, bundled.document)) used.add(key)
      return key
    }
    if (bundled) {
      if (copy?.problem !== undefined && !reported.has(key)) {
        reported.add(key)
        warn(
          copy.where,
          `the default version of ${q(copy.name)} is unusable (${copy.problem}); the scenario uses the bundled document (${bundled.versionId})`,
        )
      }
      return key
    }
    return fail(
      ref,
      path,
      what,
      copy
        ? `has no usable default version in \`Policies\` (${copy.problem ?? 'unknown'}) and is not among the bundled AWS managed policies`
        : 'is neither in `Policies` nor among the bundled AWS managed policies',
    )
  }

  const resolve = (ref: PolicyRef, path: string, what: 'attached' | 'boundary'): string | undefined => {
    if (ref.arn === undefined) {
      if (ref.name === undefined) return undefined
      const customerHit = customerByName.get(ref.name)
      if (customerHit) return customerHit
      // Names are matched exactly, as IAM does.
      const awsKey = awsByName.get(ref.name.toLowerCase())
      if (awsKey !== undefined && awsKey.endsWith(`/${ref.name}`)) return resolveAws(awsKey, ref.name, path, what)
      const bundled = findAwsManagedPolicy(ref.name)
      if (bundled) return resolveAws(bundled.arn, ref.name, path, what)
      return fail(ref.name, path, what, 'is neither in `Policies` nor a bundled AWS managed policy')
    }
    const arn = parseIamArn(ref.arn)
    if (arn?.type !== 'policy') {
      warn(path, `${q(ref.arn)} is not a managed policy ARN; left out`)
      return undefined
    }
    if (arn.partition !== 'aws' && !partitionWarned) {
      partitionWarned = true
      warn(
        path,
        `partition ${q(arn.partition)} is imported as \`aws\` (the playground simulates the \`aws\` partition)`,
      )
    }
    if (arn.account === 'aws') return resolveAws(awsArn(arn.path, arn.name), ref.arn, path, what)
    const key = normalPath(arn.path) + arn.name
    const hit = customerByKey.get(key)
    if (hit) return hit
    if (broken.has(key)) return fail(ref.arn, path, what, 'has no usable default version in `Policies`')
    return fail(ref.arn, path, what, 'is not in `Policies`')
  }

  const copies = () =>
    [...awsCopies.entries()]
      .filter(([key]) => used.has(key))
      .sort(([, a], [, b]) => a.order - b.order)
      .map(([, copy]) => copy.policy!)

  return { customer, awsCopies: copies, resolve, unresolved }
}

/** Deep equality of JSON values, ignoring the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Json)[k], (b as Json)[k]))
}

/**
 * An AWS managed policy as the input lists it, as a scenario entry with its default version only (AWS managed
 * policies can list many large versions, and only the default one takes part), or why that version is unusable.
 * Read quietly: the problem is reported only if a reference needs the copy.
 */
function awsCopy(detail: Json, name: string, policyPath: string, where: string, order: number): AwsCopy {
  const unusable = (problem: string): AwsCopy => ({ name, where, order, problem })
  if (!isValidName('policy', name)) return unusable(`${q(name)} is not a valid policy name`)
  const list = Array.isArray(detail.PolicyVersionList) ? (detail.PolicyVersionList as unknown[]) : []
  const defaultId = detail.DefaultVersionId
  const versions = list.filter(isObject)
  const version =
    typeof defaultId === 'string'
      ? versions.find((v) => v.VersionId === defaultId)
      : (versions.find((v) => v.IsDefaultVersion === true) ?? (versions.length === 1 ? versions[0] : undefined))
  if (!version) {
    return unusable(
      typeof defaultId === 'string'
        ? `${q(defaultId)} is not in \`PolicyVersionList\``
        : 'no version in `PolicyVersionList` is marked as the default',
    )
  }
  const id = version.VersionId
  if (typeof id !== 'string' || !isValidVersionId(id)) {
    return unusable(typeof id === 'string' ? `invalid \`VersionId\` ${q(id)}` : 'no `VersionId`')
  }
  const decoded = readPolicyDocument(version.Document, 'identity')
  if (!decoded.ok) return unusable(`\`Document\` of ${q(id)} ${decoded.message}`)
  const policyVersion: PolicyVersion = { id, document: decoded.document, isDefault: true }
  const created = isoDate(version.CreateDate)
  if (created) policyVersion.createdAt = created
  const path = normalPath(policyPath)
  const description = typeof detail.Description === 'string' ? detail.Description : ''
  const policy: ManagedPolicy = {
    name,
    account: AWS_MANAGED_ACCOUNT,
    ...(path === '/' ? {} : { path }),
    ...(description ? { description } : {}),
    versions: [policyVersion],
  }
  return { name, where, order, policy, document: decoded.document }
}

function awsArn(path: string, name: string): string {
  return `arn:aws:iam::aws:policy${normalPath(path)}${name}`
}
