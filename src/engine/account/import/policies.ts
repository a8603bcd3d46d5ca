// Managed policies: the input's `Policies` list becomes the scenario's customer managed policies, and every
// reference (`AttachedManagedPolicies`, `PermissionsBoundary`) is resolved against it, then the bundled AWS set. The
// AWS managed policies the input lists are carried as copies (`account: 'aws'`) when referenced and not bundled as is.
import type { PolicyDocument } from '../../evaluate/input'
import type { ImportMessage } from '../../messages/import.en'
import { importMessage } from '../../messages/import'
import type { MessageParam } from '../../messages/message'
import { normalPath } from '../../scenario/arns'
import { findAwsManagedPolicy } from '../../scenario/aws-managed'
import { AWS_MANAGED_ACCOUNT, type ManagedPolicy, type PolicyVersion } from '../../scenario/model'
import { q } from '../../scenario/issues'
import { readDocument } from './decode'
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
  problem?: ImportMessage
}

/**
 * Reads `Policies` and returns the catalog. `account` is the scenario's account: customer managed policies get
 * their ARNs there, whatever account the input's ARNs name (IAM cannot attach another account's policy).
 */
export function readPolicies(entries: Item[], account: string, warn: Warn): PolicyCatalog {
  return new Catalog(indexPolicies(entries, account, warn), warn)
}

/** What an entry of `Policies` names: the policy's name and path, and whether AWS manages it. */
interface EntryName {
  /** The entry itself. */
  detail: Json
  name: string
  /** The path, from the ARN when there is one (references name policies by ARN). */
  path: string
  aws: boolean
}

/** The name and path of one entry of `Policies`; undefined (with a warning) when it names no policy. */
function readEntryName(value: unknown, path: string, warn: Warn): EntryName | undefined {
  if (!isObject(value)) {
    warn(path, importMessage('import.policyNotObject', { kind: kindOf(value) }))
    return undefined
  }
  const arnText = textAt(value, 'Arn', path, warn)
  const arn = arnText === undefined ? undefined : parseIamArn(arnText)
  if (arnText !== undefined && arn?.type !== 'policy') {
    warn(`${path}/Arn`, importMessage('import.notPolicyArn', { arn: q(arnText) }))
  }
  const policyArnParts = arn?.type === 'policy' ? arn : undefined
  const name = textAt(value, 'PolicyName', path, warn) ?? policyArnParts?.name
  if (name === undefined) {
    warn(path, importMessage('import.policyNoName'))
    return undefined
  }
  // References name policies by ARN, so the ARN's path wins over a disagreeing `Path`.
  const pathField = textAt(value, 'Path', path, warn)
  let policyPath = policyArnParts?.path ?? pathField ?? '/'
  if (pathField !== undefined && pathField !== policyPath) {
    warn(`${path}/Path`, importMessage('import.pathDisagrees', { path: q(pathField), arnPath: q(policyPath) }))
  }
  if (!isValidPath(policyPath)) {
    warn(`${path}/Path`, importMessage('import.badPath', { path: q(policyPath), fallback: q('/') }))
    policyPath = '/'
  }
  return { detail: value, name, path: policyPath, aws: policyArnParts?.account === 'aws' }
}

/** A customer managed policy entry as a scenario policy; undefined (with a warning) when no version is usable. */
function readCustomerPolicy(entry: EntryName, path: string, warn: Warn): ManagedPolicy | undefined {
  const versions = readVersions(entry.detail, path, warn)
  if (!versions) return undefined
  const policy: ManagedPolicy = { name: entry.name, versions }
  if (normalPath(entry.path) !== '/') policy.path = normalPath(entry.path)
  const description = textAt(entry.detail, 'Description', path, warn)
  if (description) policy.description = description
  return policy
}

/** The entries of `Policies`, read and indexed for resolving references. */
interface PolicyIndex {
  /** The customer managed policies, in input order. */
  customer: ManagedPolicy[]
  /** Their names, lower-cased (IAM names ignore case). */
  customerNames: Set<string>
  /**
   * `PATH + NAME` → the scenario ARN. Names are unique in an account whatever the path, so the account of a
   * reference's ARN does not matter here.
   */
  customerByKey: Map<string, string>
  /** Name → the scenario ARN. */
  customerByName: Map<string, string>
  /** Listed in `Policies` but without a usable default version: references to them are unresolved, with a reason. */
  broken: Set<string>
  /** AWS ARN → the input's copy. */
  awsCopies: Map<string, AwsCopy>
  /** Lower-cased name → AWS ARN (names of AWS managed policies are unique too). */
  awsByName: Map<string, string>
}

/** Reads every entry of `Policies`, keeping the first of two that name the same policy. */
function indexPolicies(entries: Item[], account: string, warn: Warn): PolicyIndex {
  const index: PolicyIndex = {
    customer: [],
    customerNames: new Set(),
    customerByKey: new Map(),
    customerByName: new Map(),
    broken: new Set(),
    awsCopies: new Map(),
    awsByName: new Map(),
  }
  for (const [order, { value, path }] of entries.entries()) {
    const entry = readEntryName(value, path, warn)
    if (entry?.aws) addAwsEntry(index, entry, path, order, warn)
    else if (entry) addCustomerEntry(index, entry, path, account, warn)
  }
  return index
}

/** Adds an AWS managed policy's entry (read quietly: see {@link awsCopy}). */
function addAwsEntry(index: PolicyIndex, entry: EntryName, path: string, order: number, warn: Warn): void {
  const { name } = entry
  const twin = index.awsByName.get(name.toLowerCase())
  if (twin !== undefined) {
    warn(path, importMessage('import.awsTwice', { name: q(name), arn: q(twin) }))
    return
  }
  const key = awsArn(entry.path, name)
  index.awsByName.set(name.toLowerCase(), key)
  index.awsCopies.set(key, awsCopy(entry.detail, name, entry.path, path, order))
}

/** Adds a customer managed policy's entry, with its ARN in `account`. */
function addCustomerEntry(index: PolicyIndex, entry: EntryName, path: string, account: string, warn: Warn): void {
  const { name } = entry
  if (!isValidName('policy', name)) {
    warn(path, importMessage('import.policyBadName', { name: q(name) }))
    return
  }
  if (index.customerNames.has(name.toLowerCase())) {
    warn(path, importMessage('import.policyTwice', { name: q(name) }))
    return
  }
  index.customerNames.add(name.toLowerCase())
  const key = normalPath(entry.path) + name
  const policy = readCustomerPolicy(entry, path, warn)
  if (!policy) {
    index.broken.add(key)
    return
  }
  index.customer.push(policy)
  const scenarioArn = `arn:aws:iam::${account}:policy${normalPath(entry.path)}${name}`
  index.customerByKey.set(key, scenarioArn)
  index.customerByName.set(name, scenarioArn)
}

type Referrer = 'attached' | 'boundary'

/** Why a reference resolves nowhere (each has a sentence for both referrers). */
type FailReason = 'notFound' | 'broken' | 'notInPolicies' | 'awsBroken' | 'awsMissing'

/** Resolves references against the index, then the bundled AWS managed policies, reporting what it cannot. */
class Catalog implements PolicyCatalog {
  readonly customer: ManagedPolicy[]
  readonly unresolved: string[] = []
  readonly #index: PolicyIndex
  readonly #warn: Warn
  readonly #unresolved = new Set<string>()
  #partitionWarned = false
  /** The AWS ARNs whose copy the scenario carries. */
  readonly #used = new Set<string>()
  /** Unusable copies already reported. */
  readonly #reported = new Set<string>()

  constructor(index: PolicyIndex, warn: Warn) {
    this.#index = index
    this.#warn = warn
    this.customer = index.customer
  }

  resolve(ref: PolicyRef, path: string, what: Referrer): string | undefined {
    if (ref.arn !== undefined) return this.#byArn(ref.arn, path, what)
    return ref.name === undefined ? undefined : this.#byName(ref.name, path, what)
  }

  awsCopies(): ManagedPolicy[] {
    return [...this.#index.awsCopies.entries()]
      .filter(([key]) => this.#used.has(key))
      .sort(([, a], [, b]) => a.order - b.order)
      .map(([, copy]) => copy.policy!)
  }

  /** A reference by name: a customer managed policy, else an AWS managed one (names are matched exactly, as IAM does). */
  #byName(name: string, path: string, what: Referrer): string | undefined {
    const customerHit = this.#index.customerByName.get(name)
    if (customerHit) return customerHit
    const awsKey = this.#index.awsByName.get(name.toLowerCase())
    if (awsKey !== undefined && awsKey.endsWith(`/${name}`)) return this.#aws(awsKey, name, path, what)
    const bundled = findAwsManagedPolicy(name)
    if (bundled) return this.#aws(bundled.arn, name, path, what)
    return this.#fail(name, path, what, 'notFound')
  }

  /** A reference by ARN. */
  #byArn(text: string, path: string, what: Referrer): string | undefined {
    const arn = parseIamArn(text)
    if (arn?.type !== 'policy') {
      this.#warn(path, importMessage('import.refNotPolicyArn', { arn: q(text) }))
      return undefined
    }
    if (arn.partition !== 'aws' && !this.#partitionWarned) {
      this.#partitionWarned = true
      this.#warn(path, importMessage('import.partition', { partition: q(arn.partition) }))
    }
    if (arn.account === 'aws') return this.#aws(awsArn(arn.path, arn.name), text, path, what)
    const key = normalPath(arn.path) + arn.name
    const hit = this.#index.customerByKey.get(key)
    if (hit) return hit
    if (this.#index.broken.has(key)) return this.#fail(text, path, what, 'broken')
    return this.#fail(text, path, what, 'notInPolicies')
  }

  /** An AWS managed policy: the input's copy when usable (unless it matches the bundle), else the bundled one. */
  #aws(key: string, ref: string, path: string, what: Referrer): string | undefined {
    const bundled = findAwsManagedPolicy(key)
    const copy = this.#index.awsCopies.get(key)
    if (copy?.policy) {
      // A copy identical to the bundled document adds nothing: the reference uses the bundle.
      if (!bundled || !sameJson(copy.document, bundled.document)) this.#used.add(key)
      return key
    }
    if (bundled) {
      if (copy?.problem !== undefined && !this.#reported.has(key)) {
        this.#reported.add(key)
        const params = { name: q(copy.name), problem: copy.problem, version: bundled.versionId }
        this.#warn(copy.where, importMessage('import.awsCopyUnusable', params))
      }
      return key
    }
    if (!copy) return this.#fail(ref, path, what, 'awsMissing')
    return this.#fail(ref, path, what, 'awsBroken', copy.problem ?? importMessage('import.copy.unknown'))
  }

  /** Reports a reference that resolves nowhere (listed once in {@link unresolved}). */
  #fail(ref: string, path: string, what: Referrer, reason: FailReason, problem?: ImportMessage): undefined {
    if (!this.#unresolved.has(ref)) {
      this.#unresolved.add(ref)
      this.unresolved.push(ref)
    }
    const params: Record<string, MessageParam> = problem === undefined ? { ref: q(ref) } : { ref: q(ref), problem }
    this.#warn(path, importMessage(`import.${what}.${reason}`, params))
    return undefined
  }
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
  const unusable = (problem: ImportMessage): AwsCopy => ({ name, where, order, problem })
  if (!isValidName('policy', name)) return unusable(importMessage('import.copy.badName', { name: q(name) }))
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
        ? importMessage('import.copy.defaultMissing', { id: q(defaultId) })
        : importMessage('import.copy.noDefault'),
    )
  }
  const id = version.VersionId
  if (typeof id !== 'string' || !isValidVersionId(id)) {
    return unusable(
      typeof id === 'string'
        ? importMessage('import.copy.badVersionId', { id: q(id) })
        : importMessage('import.copy.noVersionId'),
    )
  }
  const decoded = readDocument(version.Document, 'identity')
  if (!decoded.ok) return unusable(importMessage('import.copy.badDocument', { id: q(id), problem: decoded.problem }))
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
