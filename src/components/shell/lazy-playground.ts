// The full playground loads apart from the page: an embed never fetches its toolbar, explorer and request form.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const playground = new LazyPart(
  () => import('./Playground.svelte'),
  [
    'editor',
    'edits',
    'account',
    // The entity panel's credentials and findings, the workspace menu's imports and exports (and why a file is not a
    // valid scenario), the lessons button.
    'scenario',
    'credentials',
    'findings',
    'import',
    'lesson',
  ],
)
