// The playground's own size limit on scenario text, apart from the checker, so storage can read it without loading
// the checker (the page's first load does not carry it).

/** Longest scenario text `parseScenarioText` reads (characters): imported accounts can be large. */
export const MAX_SCENARIO_TEXT = 20_000_000
