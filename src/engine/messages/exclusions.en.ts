// The English of a "what if" question's exclusions: what a simulation was asked to leave out ("SCP `X`", "group
// `dev`", "SCPs"). Policies are named by the sources' phrases (sources.en.ts); these are the rest.
import type { EngineMessage } from './message'

export const EXCLUSIONS_EN = {
  'exclusion.type.scp': 'SCPs',
  'exclusion.type.rcp': 'RCPs',
  'exclusion.type.resource': 'the resource-based policy',
  'exclusion.type.identity': 'identity-based policies',
  'exclusion.type.boundary': 'the permissions boundary',
  'exclusion.type.session': 'session policies',
  'exclusion.group': 'group `{name}`',
  'exclusion.policy': 'policy `{id}`',
} as const satisfies Record<string, string>

/** A key of the exclusions' messages. */
export type ExclusionMessageKey = keyof typeof EXCLUSIONS_EN

/** A message naming what a simulation left out. */
export type ExclusionMessage = EngineMessage<ExclusionMessageKey>
