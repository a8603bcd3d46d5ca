// The top-level views' tab names. English is the source of truth; Korean has every key.

export const en = {
  'views.label': 'Views',
  'views.playground': 'Playground',
  'views.graph': 'Graph',
  'views.matrix': 'Access matrix',
  'views.credentials': 'Credentials',
  'views.activity': 'Activity',
  'views.findings': 'Findings',
} as const
