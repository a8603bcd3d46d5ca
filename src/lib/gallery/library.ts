// The scenario library: the JSON files in /scenarios, for the gallery (a first visit's scenario is in first-scenario.ts).
import type { LocalizedText, Scenario } from '../../engine/index'
import { fetchScenario } from './fetch-scenario'

/** One gallery entry. */
export interface LibraryEntry {
  id: string
  title: LocalizedText
  description?: LocalizedText
  tags: string[]
  load: () => Promise<Scenario>
}

// The gallery shows each scenario's title, description and tags: only those are bundled (JSON named exports). The
// scenario itself is a static file of the build, fetched when it is opened (a first visit fetches one).
// (import.meta.glob takes only literals, hence the repeated pattern.)
const ids = import.meta.glob<string | undefined>(
  ['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'],
  { import: 'id', eager: true },
)
const titles = import.meta.glob<LocalizedText>(
  ['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'],
  { import: 'title', eager: true },
)
const descriptions = import.meta.glob<LocalizedText | undefined>(
  ['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'],
  { import: 'description', eager: true },
)
const tagLists = import.meta.glob<string[] | undefined>(
  ['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'],
  { import: 'tags', eager: true },
)
const urls = import.meta.glob<string>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
})

/** Every scenario of the library, for the gallery. */
export function libraryEntries(): LibraryEntry[] {
  return Object.entries(titles)
    .map(([path, title]) => {
      const description = descriptions[path]
      return {
        id: ids[path] ?? path.replace(/^.*\/|\.json$/g, ''),
        title,
        ...(description !== undefined ? { description } : {}),
        tags: tagLists[path] ?? [],
        // A fresh copy each time (a new fetch, answered from the HTTP or offline cache): never shared objects.
        load: () => fetchScenario(urls[path]!),
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}
