// The request column's tools below the answer load after it (LazyView `later`).
import { LazyPart } from '../../lib/shell/lazy.svelte'

/** Assume role (with federation and session policies), saved requests, Who can …. */
export const requestTools = new LazyPart(
  () => import('../shell/playground-later').then((m) => ({ default: m.RequestTools })),
  ['account', 'requestTools'],
)
