// The workspace menu's contents: the saved workspaces and what can be done with the open one.
// English is the source of truth; Korean has every key.

export const en = {
  'workspaceMenu.saved': 'Saved workspaces',
  'workspaceMenu.none': 'No saved workspaces yet.',
  'workspaceMenu.isOpen': '(open)',
  'workspaceMenu.new': 'New empty workspace',
  'workspaceMenu.rename': 'Rename',
  'workspaceMenu.renameLabel': 'Workspace name',
  'workspaceMenu.save': 'Save',
  'workspaceMenu.delete': 'Delete',
  'workspaceMenu.deleteConfirm': 'Delete the workspace “{name}”? This cannot be undone.',
  'workspaceMenu.deleteYes': 'Delete workspace',
  'workspaceMenu.export': 'Export scenario file',
  'workspaceMenu.importAws': 'Import from AWS account',
  'workspaceMenu.failed': 'That did not work: {message}',
} as const
