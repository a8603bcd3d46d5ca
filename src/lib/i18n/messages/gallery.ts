// The scenario gallery. English is the source of truth; Korean has every key.

export const en = {
  'gallery.title': 'Scenario gallery',
  'gallery.intro': 'Each scenario opens as a new workspace; your other workspaces are kept.',
  'gallery.search': 'Search scenarios',
  'gallery.count': 'Scenarios shown: {n}',
  'gallery.noMatch': 'No scenario matches “{query}”.',
  'gallery.tags': 'Tags',
  'gallery.open': 'Open',
  'gallery.close': 'Close',
  'gallery.loadFailed': 'This scenario could not be opened: {message}',
} as const
