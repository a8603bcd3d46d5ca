// The views load when first opened (each is a separate chunk of the build: the graph brings dagre, the matrix its grid).
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const graphView = new LazyPart(() => import('./GraphView.svelte'))
export const matrixView = new LazyPart(() => import('./MatrixView.svelte'))
export const credentialsView = new LazyPart(() => import('./CredentialsView.svelte'))
export const activityView = new LazyPart(() => import('./ActivityView.svelte'))
export const findingsView = new LazyPart(() => import('./FindingsView.svelte'))
