// The scenario library: the JSON files in /scenarios, bundled with the app.
import type { LocalizedText, Scenario } from '../../engine/index'

/** One gallery entry. */
export interface LibraryEntry {
  id: string
  title: LocalizedText
  description?: LocalizedText
  tags: string[]
  load: () => Promise<Scenario>
}

// The library is small (ten files): bundled with the app, so the gallery and a first visit need no request.
const summaries = import.meta.glob<Scenario>(
  ['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'],
  {
    import: 'default',
    eager: true,
  },
)

/** Every scenario of the library, for the gallery. */
export function libraryEntries(): LibraryEntry[] {
  return Object.entries(summaries)
    .map(([path, s]) => ({
      id: s.id ?? path.replace(/^.*\/|\.json$/g, ''),
      title: s.title,
      ...(s.description !== undefined ? { description: s.description } : {}),
      tags: s.tags ?? [],
      // A fresh copy each time: a workspace must never share objects with the library.
      load: async () => structuredClone(s),
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The scenario a first visit opens: it teaches before it is touched. */
export const FIRST_SCENARIO_ID = 'company-teams'
