// How the engine names the scenario's entities and policies in an answer ("user `alice`", "inline policy `S3Read` of
// user `alice`"), where each policy came from, and what the scenario names but does not define. English is the
// engine's own (src/engine/messages/sources.en.ts, written once); Korean has every key. `{entity}` and `{node}` are
// entity phrases of this catalog.

import { SOURCES_EN } from '../../../engine/index'

export const en = SOURCES_EN
