// The playground's code that its first screen does not show: one chunk, so the bundler splits the modules it shares
// with the page once (a chunk per lazy part would cut the page's shared code into more, smaller files, each with its
// own overhead, for every embed too). It loads when the page is idle after the first answer, or sooner when one of its
// parts is opened (lazy-account.ts, lazy-request.ts, lazy-dialogs.ts) or one of its edits is made.
export { default as EntityDetails } from '../account/EntityDetails.svelte'
export { default as ProviderForm } from '../account/ProviderForm.svelte'
export { default as RequestTools } from '../request/RequestTools.svelte'
export { default as WorkspaceMenuPanel } from './WorkspaceMenuPanel.svelte'
// The edits the first screen's buttons make (the explorer's New …, the organization, the clock, deleting a provider).
export { createdSelection, createEntity } from '../../lib/account/create'
export { createOrg } from '../../lib/account/org-actions'
export { deleteIdentityProvider, moveClock, resetClock, setClock } from '../../engine/index'
