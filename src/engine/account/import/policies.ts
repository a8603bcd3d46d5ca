// Managed policies: the input's `Policies` list becomes the scenario's customer managed policies, and every
// reference (`AttachedManagedPolicies`, `PermissionsBoundary`) is resolved against it, then the bundled AWS set.
import type { PolicyDocument } from '../../evaluate/input'
import { normalPath } from '../arns'
import { findAwsManagedPolicy } from '../aws-managed'
import type { ManagedPolicy } from '../model'
import { q } from '../scenario-issues'
import { decodePolicyDocument } from './decode'
import { parseIamArn } from './iam-arn'
import { isObject, kindOf, textAt, type Item, type Json } from './read'
import { isValidName, isValidPath } from './rules'
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
  /** A reference as the scenario writes it (an ARN), or undefined when unknown; `what` names the referrer. */
  resolve(ref: PolicyRef, path: string, what: 'attached' | 'boundary'): string | undefined
  /** References that could not be resolved, each once, in the order met. */
  unresolved: string[]
}

/** An AWS managed policy's default version as the input carries it. */
interface AwsCopy {
  name: string
  document: PolicyDocument
  versionId: string
  /** Where it is in the input. */
  path: string
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
  const awsCopies = new Map<string, AwsCopy>()

  for (const { value, path } of entries) {
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
      // Only compared with the bundled copy, so only the default version is read, and quietly: AWS managed
      // policies can list many large versions, and the scenario never uses them.
      const key = awsArn(policyPath, name)
      const copy = awsDefault(value, name, path)
      if (copy && !awsCopies.has(key)) awsCopies.set(key, copy)
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

  const resolve = (ref: PolicyRef, path: string, what: 'attached' | 'boundary'): string | undefined => {
    if (ref.arn === undefined) {
      if (ref.name === undefined) return undefined
      const hit = customerByName.get(ref.name) ?? findAwsManagedPolicy(ref.name)?.arn
      return hit ?? fail(ref.name, path, what, 'is neither in `Policies` nor a bundled AWS managed policy')
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
    if (arn.account === 'aws') {
      const key = awsArn(arn.path, arn.name)
      const bundled = findAwsManagedPolicy(key)
      const copy = awsCopies.get(key)
      if (bundled) {
        if (copy) compareWithBundle(copy, bundled)
        return key
      }
      // TODO: scenarios can reference AWS managed policies from the bundled set only (scenario-refs.ts rejects other
      // AWS ARNs), so the input's own document cannot be carried until the model has a place for it.
      return fail(
        ref.arn,
        path,
        what,
        copy
          ? 'is not among the bundled AWS managed policies, and scenarios cannot carry its document from `Policies` yet'
          : 'is neither in `Policies` nor among the bundled AWS managed policies',
      )
    }
    const key = normalPath(arn.path) + arn.name
    const hit = customerByKey.get(key)
    if (hit) return hit
    if (broken.has(key)) return fail(ref.arn, path, what, 'has no usable default version in `Policies`')
    return fail(ref.arn, path, what, 'is not in `Policies`')
  }

  // The bundled document is the one the scenario uses; say so once per policy when the account's copy differs.
  const compared = new Set<string>()
  const compareWithBundle = (copy: AwsCopy, bundled: { arn: string; versionId: string; document: PolicyDocument }) => {
    if (compared.has(bundled.arn)) return
    compared.add(bundled.arn)
    if (sameJson(copy.document, bundled.document)) return
    warn(
      copy.path,
      `the account's ${q(copy.name)} (${copy.versionId}) differs from the bundled one (${bundled.versionId}); ` +
        'the scenario uses the bundled document',
    )
  }

  return { customer, resolve, unresolved }
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

/** The default version of an AWS managed policy as the input lists it, if it is readable. */
function awsDefault(detail: Json, name: string, path: string): AwsCopy | undefined {
  const list = Array.isArray(detail.PolicyVersionList) ? (detail.PolicyVersionList as unknown[]) : []
  const defaultId = detail.DefaultVersionId
  const version = list.find(
    (v): v is Json =>
      isObject(v) && (defaultId !== undefined ? v.VersionId === defaultId : v.IsDefaultVersion === true),
  )
  if (!version || typeof version.VersionId !== 'string') return undefined
  const decoded = decodePolicyDocument(version.Document)
  return decoded.ok ? { name, document: decoded.document, versionId: version.VersionId, path } : undefined
}

function awsArn(path: string, name: string): string {
  return `arn:aws:iam::aws:policy${normalPath(path)}${name}`
}
