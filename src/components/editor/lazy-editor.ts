// The policy editor (CodeMirror) loads apart from the page: an embed that shows no editor never fetches it.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const editorPane = new LazyPart(() => import('./EditorPane.svelte'), ['editor', 'edits'])
