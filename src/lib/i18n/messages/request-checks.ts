// The request form's field checks: the one-click fixes beside a field's message, and the answer pane's pointer to them.

export const en = {
  'requestCheck.fix': 'Use {value}',
  'requestCheck.fixes': 'Fixes for {field}',
  'requestCheck.line': 'Line {n}: {message}',
  'requestCheck.blocked': 'Correct the marked field of the request form to see the decision.',
} as const
