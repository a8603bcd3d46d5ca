// The full playground loads apart from the page: an embed never fetches its toolbar, explorer and request form.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const playground = new LazyPart(
  () => import('./Playground.svelte'),
  // What its first screen shows beyond the core: the Lessons button and the clock, the account explorer, and the undo
  // labels of edits. Each form, menu and dialog it opens later brings its own parts (lazy-account.ts, lazy-dialogs.ts,
  // lazy-request.ts).
  ['workbench', 'account', 'edits'],
)
