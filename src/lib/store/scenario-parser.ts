// The page's scenario checker (the engine's scenario parser, with the policy parser and JSON reader it uses: the
// largest part of the engine a page would carry) loads when storage opens or a stored scenario is first read, not
// with the page: an embed never reads one before its first answer (its link is checked in the worker). The rules
// that read rows stay synchronous (a save's conflict check runs inside one IndexedDB transaction, which an await
// would end), so whatever calls them loads the checker first: openBackend, and each MemoryBackend call that reads.
type Parser = typeof import('./scenario-parser-code')

let loaded: Parser | undefined
let loading: Promise<Parser> | undefined

/** Loads the checker (once); a failed load is tried again on the next call. */
export function scenarioParserReady(): Promise<Parser> {
  loading ??= import('./scenario-parser-code').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The checker, once {@link scenarioParserReady} has resolved. */
export function scenarioParser(): Parser {
  // INVARIANT: every caller runs after scenarioParserReady() (see the header); a miss is a bug, never a user's error.
  if (!loaded) throw new Error('the scenario checker was used before it loaded (await scenarioParserReady() first)')
  return loaded
}
