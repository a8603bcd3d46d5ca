// The workspace menu's summary and the workspaces (the menu's own words: ./workspace-menu.ts; imports:
// ./workspace-imports.ts). English is the source of truth; Korean has every key.

export const en = {
  'workspace.label': 'Workspace',
  'workspace.menu': 'Workspaces',
  'workspace.cancel': 'Cancel',
  'workspace.import': 'Import scenario file',
  'workspace.importTerraform': 'Import Terraform',
  'workspace.importCloudFormation': 'Import CloudFormation',
  'workspace.missing': 'This workspace no longer exists.',
  'workspace.unreadable': 'This workspace cannot be read: {detail}',
  'workspace.untitled': 'Untitled',
  'workspace.sharedName': 'Shared scenario',
  'workspace.importedName': 'Imported scenario',
} as const
