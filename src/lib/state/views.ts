// The app's top-level views: the playground (explorer, editor, request) and the full-width pictures and reports.

/** A top-level view of the workbench. */
export type AppView = 'playground' | 'graph' | 'matrix' | 'credentials' | 'activity' | 'findings'

/** Every view, in tab order. */
export const APP_VIEWS: readonly AppView[] = ['playground', 'graph', 'matrix', 'credentials', 'activity', 'findings']

/** True for the name of a top-level view (a share link's `view` may also name an embed layout). */
export function isAppView(name: string): name is AppView {
  return (APP_VIEWS as readonly string[]).includes(name)
}
