// What only the full playground's first screen shows beyond the account explorer: the toolbar's Lessons button and
// the simulated clock beside the views. English is the source of truth; Korean has every key.

export const en = {
  'workbench.clock.group': 'Simulated clock',
  'workbench.clock.label': 'Clock',
  'workbench.clock.real': 'Real time',
  'workbench.clock.hint':
    'The time of the simulated account: credentials age, sessions expire and date conditions are read by it.',
  'workbench.clock.plusOne': '+1 day',
  'workbench.clock.plus': '+{n} days',
  'workbench.clock.plusTitle': 'Move the clock {n} days forward',
  'workbench.clock.set': 'Set the clock (UTC)',
  'workbench.clock.reset': 'Reset to real time',
  'workbench.clock.more': 'Set…',
  'workbench.lessons': 'Lessons',
} as const
