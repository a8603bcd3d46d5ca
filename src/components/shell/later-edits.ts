// The edits the playground's first screen makes on a click (the explorer's New …, creating the organization, deleting
// an identity provider, moving the clock): their code is in the playground's later chunk, there once the page is idle
// after the first answer, or loaded by the first click.

/** The module holding those edits (a failed load rejects, and the next call tries again). */
export const laterEdits = () => import('./playground-later')
