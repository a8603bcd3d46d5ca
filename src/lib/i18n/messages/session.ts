// Session policies passed to Assume role, the limits they put on a session, and requests that fail before
// evaluation (an expired session, a session never issued, an AssumeRole call refused before authorization).
// English is the source of truth; Korean has every key.

export const en = {
  'sessionPolicy.heading': 'Session policies (optional)',
  'sessionPolicy.inline': 'Inline session policy (JSON)',
  'sessionPolicy.inlineHint':
    'One policy document. A session policy cannot add permissions: the session can do at most what both the role’s policies and the session policies allow.',
  'sessionPolicy.arns': 'Managed session policies',
  'sessionPolicy.arnInput': 'Managed policy ARN',
  'sessionPolicy.arnHint': 'A customer managed policy of the role’s account or an AWS managed policy.',
  'sessionPolicy.add': 'Add',
  'sessionPolicy.remove': 'Remove',
  'sessionPolicy.removeLabel': 'Remove {arn}',
  'sessionPolicy.usage': '{n} of {max} managed policies · {size} of {limit} characters of plain text',
  'sessionPolicy.limits': 'This session can do at most what both the role’s policies and the session policies allow.',
  'sessionPolicy.listLabel': 'Session policies of {session}',
  'sessionPolicy.inlineItem': 'Inline session policy {n}',
  'sessionPolicy.managedItem': 'Managed session policy `{arn}`',
  'sessionPolicy.show': 'Show the document',
  'failure.badge': 'Failed before evaluation',
  'failure.expired-token':
    'The request fails before evaluation: the session `{session}` expired at {time} — AWS returns `ExpiredToken`.',
  'failure.unknown-session':
    'The request fails before evaluation: this scenario never issued the session `{session}`, so there are no credentials to sign it with — AWS returns `InvalidClientTokenId`. Assume the role first to act as one of its sessions.',
} as const
