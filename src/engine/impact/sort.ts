// Ordering an impact's changes for the list; apart from the diff itself, so the page can sort what the worker
// found without carrying the simulator.
import type { AccessChange, AccessDiffPlan } from './diff'

/** Orders changes: principals in the plan's order, then action, then resource; saved requests last, in list order. */
export function sortAccessChanges(plan: AccessDiffPlan, changes: readonly AccessChange[]): AccessChange[] {
  const order = new Map(plan.principals.map((p, i) => [p.ref, i]))
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
  return [...changes].sort((x, y) => {
    if (x.request || y.request) return (x.request?.index ?? -1) - (y.request?.index ?? -1)
    return (
      order.get(x.principal.ref)! - order.get(y.principal.ref)! ||
      cmp(x.action, y.action) ||
      cmp(x.resource, y.resource)
    )
  })
}
