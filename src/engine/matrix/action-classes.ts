// Actions that a principal's policies cannot tell apart get the same decision, so a matrix row evaluates each such
// class of actions once. For one principal, resource and context, the engine reads the action in exactly these
// places: which statements of each policy its `Action`/`NotAction` lets through (`statementsForAction`), whether it
// is `sts:GetCallerIdentity` (always allowed), a trust action (the role's trust policy answers; fixed per variant
// by the caller) or a KMS action on a key (the key policy must allow). Conditions, principals and resources never
// see the action. Two actions that agree on all of these therefore get the same decision — the equivalence tests
// against `simulate` hold this to account.
import { compiled, statementsForAction, type CompiledPolicy } from '../evaluate/compile'
import { KMS_KEY_ARN, type PolicySet } from '../evaluate/evaluate'
import { placePolicies } from '../evaluate/input'

/** The action classes of the rows of one matrix, sharing the work per policy (groups, managed policies, SCPs). */
export class ActionClasses {
  readonly #lower: string[]
  /**
   * Per compiled policy: for each action, a number that is equal for actions whose statement lists are equal;
   * undefined when the policy treats every action alike (it cannot split a class).
   */
  readonly #byPolicy = new Map<CompiledPolicy, Uint32Array | undefined>()
  /** What sets actions apart before any policy is read: `sts:GetCallerIdentity` (1), a KMS action on a key (2). */
  readonly #base: Uint32Array

  constructor(actions: readonly string[], resource: string) {
    this.#lower = actions.map((a) => a.toLowerCase())
    const kmsKey = KMS_KEY_ARN.test(resource)
    this.#base = Uint32Array.from(this.#lower, (a) =>
      a === 'sts:getcalleridentity' ? 1 : kmsKey && a.startsWith('kms:') ? 2 : 0,
    )
  }

  #idsOf(cp: CompiledPolicy): Uint32Array | undefined {
    if (this.#byPolicy.has(cp)) return this.#byPolicy.get(cp)
    const seen = new Map<string, number>()
    const ids = Uint32Array.from(this.#lower, (a) => {
      const key = statementsForAction(cp, a).join(',')
      let id = seen.get(key)
      if (id === undefined) seen.set(key, (id = seen.size))
      return id
    })
    const splits = seen.size > 1 ? ids : undefined
    this.#byPolicy.set(cp, splits)
    return splits
  }

  /**
   * The class of every action for requests against `policies` (`trust`: the resource policy is a trust policy):
   * actions with equal numbers get equal decisions. Numbers are small (below the number of actions).
   */
  classes(policies: PolicySet, trust: boolean): Uint32Array {
    const placed = placePolicies(policies, trust ? 'trust' : 'resource')
    const all = [...placed.scp.flat(), ...placed.rcp.flat(), ...placed.resource, ...placed.identity]
    all.push(...placed.boundary, ...placed.session)
    const n = this.#lower.length
    const classes = Uint32Array.from(this.#base)
    // Refines the partition policy by policy: (class so far, this policy's id) pairs, renumbered densely.
    for (const p of all) {
      const ids = this.#idsOf(compiled(p.source, p.kind))
      if (!ids) continue
      const pairs = new Map<number, number>()
      for (let j = 0; j < n; j++) {
        const pair = classes[j]! * (n + 1) + ids[j]!
        let next = pairs.get(pair)
        if (next === undefined) pairs.set(pair, (next = pairs.size))
        classes[j] = next
      }
    }
    return classes
  }
}
