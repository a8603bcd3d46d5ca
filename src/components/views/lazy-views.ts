// The views load when first opened (each is a separate chunk of the build: the graph brings dagre, the matrix its grid).
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const graphView = new LazyPart(() => import('./GraphView.svelte'), ['graph'])
export const matrixView = new LazyPart(() => import('./MatrixView.svelte'), ['matrix'])
export const credentialsView = new LazyPart(() => import('./CredentialsView.svelte'), ['credentials', 'edits'])
export const activityView = new LazyPart(() => import('./ActivityView.svelte'), ['activity'])
export const findingsView = new LazyPart(() => import('./FindingsView.svelte'), ['findings', 'edits'])
