// The policy editor loads apart from the page, in two steps: the pane (its title bar and a preview of the text) with the
// workspace, and the editor itself (live-editor.ts, loaded by the pane) once the first answer is on screen. An embed
// that shows no editor fetches neither.
import { LazyPart } from '../../lib/shell/lazy.svelte'

/** The pane: title, Format, templates, and the text's preview until the editor itself is in. */
export const editorPane = new LazyPart(() => import('./EditorPane.svelte'), ['editor'])
