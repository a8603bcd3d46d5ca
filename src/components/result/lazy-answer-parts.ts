// Parts of the answer that load after it: the comparison with a pasted AWS error (when shown), and the extras below
// the decision (what if, what would allow it, the change impact, the AWS CLI commands), which start loading as the
// first answer shows (AnswerExtra), so the decision itself never waits for them.
import { LazyPart } from '../../lib/shell/lazy.svelte'

export const awsErrorComparison = new LazyPart(() => import('./AwsErrorComparison.svelte'), ['aws'])
export const whatIf = new LazyPart(() => import('./WhatIf.svelte'), ['extras'])
export const whatWouldAllow = new LazyPart(() => import('./WhatWouldAllow.svelte'), ['extras'])
export const changeImpact = new LazyPart(() => import('../impact/ChangeImpact.svelte'))
export const awsCliCommands = new LazyPart(() => import('./AwsCliCommands.svelte'))
