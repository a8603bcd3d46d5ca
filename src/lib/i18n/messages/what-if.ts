// "What if…" in the answer: leave out one policy, policy type or group for this question only and compare the two
// answers. `{what}` is a phrase of the engine's exclusions or sources catalog ("SCP `X`", "group `dev`").

export const en = {
  'whatIf.heading': 'What if…',
  'whatIf.hint':
    'Leave out a policy, a policy type or a group for this question only and compare the answers. The account is not changed.',
  'whatIf.policies': 'Policies',
  'whatIf.types': 'Policy types',
  'whatIf.groups': 'Groups',
  'whatIf.toggleTitle': 'Evaluate this question without {what} (click again to put it back)',
  'whatIf.compare': 'The answer with and without what is left out',
  'whatIf.with': 'With',
  'whatIf.without': 'Without {what}',
  'whatIf.summary': 'without {what}: {decision}',
  'whatIf.clear': 'Clear',
  'whatIf.pending': 'Evaluating without it…',
  'whatIf.failed': 'Could not evaluate the question without it: {error}',
  'whatIf.same': 'The decision is the same without it.',
  'whatIf.tookNoPart': '{what} took no part in this request.',
} as const
