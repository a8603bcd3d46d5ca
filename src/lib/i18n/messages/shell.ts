// The app shell: title, panes, undo and redo, save status, edit conflicts, embed link, update notice.
// English is the source of truth; Korean has every key.

export const en = {
  'app.title': 'IAM Playground',
  'app.tagline':
    'Evaluates AWS IAM policies in your browser. The engine runs in a Web Worker; nothing is sent to a server.',
  'embed.open': 'Open in playground ↗',
  'conflict.label': 'Another tab changed this workspace',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': "Use the other tab's version",
  'app.loading': 'Opening your workspace…',
  'app.loadingPart': 'Loading…',
  'app.loadPartFailed': 'This part of the page could not be loaded: {error}',
  'layout.resize': 'Resize {pane}',
  'layout.account': 'account pane',
  'layout.editor': 'editor pane',
  'shell.scenarios': 'Scenarios',
  'shell.language': 'Language',
  'shell.toolbar': 'Workspace tools',
  'history.undo': 'Undo',
  'history.undoNamed': 'Undo {label}',
  'history.redo': 'Redo',
  'history.redoNamed': 'Redo {label}',
  'history.restored': 'Restore edits made before the page closed',
  'saveStatus.saved': 'Saved',
  'saveStatus.saving': 'Saving…',
  'saveStatus.unsaved': 'Unsaved changes',
  'saveStatus.error': 'Not saved: storage unavailable',
  'saveStatus.conflict': 'Conflict',
  'storage.unavailable':
    'This browser offers no storage here; working in memory, so changes last only until this tab closes.',
  'storage.denied':
    'The browser does not allow storage on this page (a private window or a sandboxed frame); working in memory, so changes last only until this tab closes.',
  'storage.blocked':
    'Another playground tab is keeping storage busy; close the other tabs and reload; working in memory, so changes last only until this tab closes.',
  'storage.upgradeFailed': 'Storage upgrade failed; your data is unchanged; working in memory.',
  'storage.newerVersion':
    'Another tab saved with a newer version of the playground; reload this tab; working in memory, so changes last only until this tab closes.',
  'storage.quotaAtOpen': 'Browser storage is full; working in memory, so changes last only until this tab closes.',
  'storage.quota': 'Browser storage is full; your latest changes are kept in this tab only and are not saved.',
  'storage.versionChange':
    'The playground was updated in another tab; reload this tab; changes from now on are not saved.',
  'storage.closed': 'The browser closed storage; changes from now on are kept in this tab only and are not saved.',
  'offline.updateAvailable': 'A newer version of the playground is available.',
  'offline.reload': 'Reload',
} as const
