// Policy-variable substitution for condition values, redone only when the variables' values change.
import { findVariables, substitute, type KeyLookup, type Substitution } from '../match/variables'

const CONSTANTS = new Set(['*', '?', '$'])

/**
 * Returns a function that substitutes the variables of `value` (with {@link substitute}, so the rules stay in one
 * place) and hands back the previous result, the same object, while every variable still looks up to the same value.
 * Callers can then cache what they build from a substitution by its identity.
 */
export function substitution(value: string): (lookup: KeyLookup) => Substitution {
  const keys = findVariables(value)
    .map((use) => use.key)
    .filter((key) => !CONSTANTS.has(key))
  let inputs: (string | readonly string[] | undefined)[] = []
  let last: Substitution | undefined
  return (lookup) => {
    if (last) {
      let same = true
      for (let i = 0; i < keys.length; i++) {
        if (lookup(keys[i]!) !== inputs[i]) {
          same = false
          break
        }
      }
      if (same) return last
    }
    inputs = keys.map((key) => lookup(key))
    last = substitute(value, lookup)
    return last
  }
}
