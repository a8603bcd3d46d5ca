// Parts of the answer that load when first shown: the comparison with a pasted AWS error.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const awsErrorComparison = new LazyPart(() => import('./AwsErrorComparison.svelte'), ['aws'])
