// The editor itself, CodeMirror (the largest part of the page) with the write path of its edits: the pane loads it once
// the first answer is on screen, or at once when it is needed. Apart from lazy-editor.ts so the page that shows the
// pane only (the embeds' shell) does not carry its list of chunks.
import { LazyPart } from '../../lib/shell/lazy.svelte'

/**
 * The editor (LiveEditor.svelte) and the words of its edits; its features (parsing, colours, linting, completion) load
 * with it, so it paints once with them (the preview held the place meanwhile).
 */
export const liveEditor = new LazyPart(async () => {
  const [module, language] = await Promise.all([
    import('./LiveEditor.svelte'),
    import('../../lib/editor/policy-language'),
  ])
  await language.preloadFeatures()
  return module
}, ['edits'])
