import { hasEverything } from '../power'

/** How much a gain is worth, to prefer the way that gains the most: every action first, then more probes. */
export function weight(power: number): number {
  let n = hasEverything(power) ? 1000 : 0
  for (let p = power; p; p &= p - 1) n++
  return n
}
