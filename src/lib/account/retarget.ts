// Keeps the editor on the same document when the entity that holds it is renamed.
import type { PolicyTarget } from '../state/policy-target'
import type { EntityKind } from './entities'

/** The editor target after renaming an entity of `kind` from `from` to `to` (unchanged when it holds another). */
export function retarget(
  target: PolicyTarget | undefined,
  kind: EntityKind,
  from: string,
  to: string,
): PolicyTarget | undefined {
  if (!target) return target
  switch (target.slot) {
    case 'inline':
      return target.owner === kind && target.identity === from ? { ...target, identity: to } : target
    case 'trust':
      return kind === 'role' && target.role === from ? { ...target, role: to } : target
    case 'managed':
      return kind === 'policy' && target.policy === from ? { ...target, policy: to } : target
    case 'resource':
      return kind === 'resource' && target.arn === from ? { ...target, arn: to } : target
    case 'org':
      return kind === 'org-policy' && target.name === from ? { ...target, name: to } : target
  }
}
