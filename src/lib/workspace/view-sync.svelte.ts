// Hands what is on screen besides the scenario (request form, open policy, view) to the workspaces to save, as it
// changes.
import { untrack } from 'svelte'
import type { SharedView } from '../share/schema'
import type { AppState } from '../state/app.svelte'

/** The request form, the open policy and the view now on screen (the playground is the default view). */
export function pageViewOf(app: AppState): SharedView {
  const { request } = app.question
  const { target, view } = app.navigation
  return {
    request: $state.snapshot(request),
    ...(target ? { open: $state.snapshot(target) } : {}),
    ...(view !== 'playground' ? { view } : {}),
  }
}

/** Saves the page view after each change to it (see `Workspaces.saveView`). Returns a stop function. */
export function startViewSync(app: AppState): () => void {
  return $effect.root(() => {
    $effect(() => {
      void app.workspaces.current
      const view = pageViewOf(app)
      untrack(() => app.workspaces.saveView(view))
    })
  })
}
