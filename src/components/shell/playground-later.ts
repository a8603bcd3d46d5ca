// The playground's code that its first screen does not show: one chunk, so the bundler splits the modules it shares
// with the page once (a chunk per lazy part would cut the page's shared code into more, smaller files, each with its
// own overhead, for every embed too). It loads when the page is idle after the first answer, or sooner when one of its
// parts is opened (lazy-account.ts, lazy-request.ts, lazy-dialogs.ts).
export { default as EntityDetails } from '../account/EntityDetails.svelte'
export { default as RequestTools } from '../request/RequestTools.svelte'
export { default as WorkspaceMenuPanel } from './WorkspaceMenuPanel.svelte'
