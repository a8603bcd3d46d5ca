// Parts of the graph view that load when first shown: the escalation path's panel (a Findings link opens it; an
// embedded graph never does, so its first load stays small).
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const graphPath = new LazyPart(() => import('./GraphPath.svelte'), ['findings'])
