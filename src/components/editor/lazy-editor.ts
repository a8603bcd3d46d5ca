// The policy editor loads apart from the page, in two steps: the pane (its title bar and a preview of the text) with the
// workspace, and the editor itself (CodeMirror, the largest part of the page, with the write path of its edits) once
// the first answer is on screen. An embed that shows no editor fetches neither.
import { LazyPart } from '../../lib/shell/lazy.svelte'

/** The pane: title, Format, templates, and the text's preview until {@link liveEditor} is in. */
export const editorPane = new LazyPart(() => import('./EditorPane.svelte'), ['editor'])

/** CodeMirror and the write path: loaded by the pane once the first answer shows, or at once when it is needed. */
export const liveEditor = new LazyPart(() => import('./LiveEditor.svelte'), ['edits'])
