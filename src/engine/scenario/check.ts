// What the cross-field checks of a scenario share: the loosely typed document and an index of its named entities.
import { normalPath } from './arns'
import type { Scenario } from './model'
import { at, type Issues } from './issues'

/**
 * A scenario as the shape check leaves it: every field has its declared type, but required fields may be absent
 * and unusable array items are `undefined` (the shape check has reported both), so indices still match the input.
 */
export type Loose<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? (Loose<U> | undefined)[]
    : T extends object
      ? { [K in keyof T]?: Loose<T[K]> }
      : T

/** {@link Loose} of the whole scenario. */
export type LooseScenario = Loose<Scenario>

/** The kinds of IAM entity whose names are unique per account. */
export type EntityKind = 'user' | 'group' | 'role' | 'policy' | 'instance profile'

/** A named entity found in the scenario. */
export interface Entry {
  name: string
  account: string
  /** Its JSON pointer, for "see …" in messages. */
  where: string
  /** Its ARN (instance profiles: with no path). */
  arn: string
}

/** Entities by kind, account and lower-cased name (IAM names ignore case), and by ARN. */
export class EntityIndex {
  #byName = new Map<string, Entry>()
  #byArn = new Map<string, Entry>()

  /** Adds an entity; returns the entity already holding that name (ignoring case), if any, and then adds nothing. */
  add(kind: EntityKind, entry: Entry): Entry | undefined {
    const k = `${kind}\n${entry.account}\n${entry.name.toLowerCase()}`
    const existing = this.#byName.get(k)
    if (existing) return existing
    this.#byName.set(k, entry)
    this.#byArn.set(`${kind}\n${entry.arn}`, entry)
    return undefined
  }

  /** The entity with this exact name, or with the same name in another case (for "did you mean"). */
  byName(kind: EntityKind, account: string, name: string): { exact?: Entry; near?: Entry } {
    const e = this.#byName.get(`${kind}\n${account}\n${name.toLowerCase()}`)
    if (!e) return {}
    return e.name === name ? { exact: e } : { near: e }
  }

  /** The entity with this ARN. */
  byArn(kind: EntityKind, arn: string): Entry | undefined {
    return this.#byArn.get(`${kind}\n${arn}`)
  }

  /** An entity by name in `account`, or by ARN (any account). */
  find(kind: EntityKind, account: string, ref: string): { exact?: Entry; near?: Entry } {
    if (ref.startsWith('arn:')) {
      const e = this.byArn(kind, ref)
      return e ? { exact: e } : {}
    }
    return this.byName(kind, account, ref)
  }
}

/** Everything a cross-field check needs. */
export interface CheckContext {
  s: LooseScenario
  issues: Issues
  /** Account IDs declared in `accounts`. */
  accounts: Set<string>
  /** The first account's ID (entities without `account` belong to it). */
  defaultAccount: string
  index: EntityIndex
}

/** The account an entity belongs to. */
export function ownerOf(ctx: CheckContext, entity: { account?: string | undefined }): string {
  return entity.account ?? ctx.defaultAccount
}

/** Calls `fn` for each usable item of an optional array, with the item's pointer and original index. */
export function each<T>(
  items: readonly (T | undefined)[] | undefined,
  path: string,
  fn: (item: T, path: string, index: number) => void,
): void {
  items?.forEach((item, i) => {
    if (item !== undefined) fn(item, at(path, i), i)
  })
}

/** `arn:aws:iam::ACCOUNT:KIND/PATH/NAME` for loosely typed entities. */
export function iamArn(account: string, kind: string, path: string | undefined, name: string): string {
  return `arn:aws:iam::${account}:${kind}${normalPath(path)}${name}`
}
