// The scenario library: the JSON files in /scenarios, loaded when the gallery or a first visit asks.
import type { LocalizedText, Scenario } from '../engine/index'

/** One gallery entry. */
export interface LibraryEntry {
  id: string
  title: LocalizedText
  description?: LocalizedText
  tags: string[]
  load: () => Promise<Scenario>
}

const files = import.meta.glob<Scenario>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  import: 'default',
})
const summaries = import.meta.glob<Scenario>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  import: 'default',
  eager: true,
})

/** Every scenario of the library, for the gallery (titles and tags; documents load on demand). */
export function libraryEntries(): LibraryEntry[] {
  return Object.entries(summaries)
    .map(([path, s]) => ({
      id: s.id ?? path.replace(/^.*\/|\.json$/g, ''),
      title: s.title,
      ...(s.description !== undefined ? { description: s.description } : {}),
      tags: s.tags ?? [],
      load: files[path]!,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The scenario a first visit opens: it teaches before it is touched. */
export const FIRST_SCENARIO_ID = 'company-teams'
