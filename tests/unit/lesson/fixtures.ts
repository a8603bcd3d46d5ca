// The course as the app loads it, the engine's own check standing in for the worker, and a document with its
// workspaces wired the way AppState wires them.
import { addUserToGroup, checkLesson, parseCourse, type Lesson, type Scenario } from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Workspaces } from '../../../src/lib/state/workspaces.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import type { CheckLesson } from '../../../src/lib/lesson/lesson-session.svelte'

const files = import.meta.glob<unknown>(
  ['../../../scenarios/lessons/*.json', '!../../../scenarios/lessons/lesson.schema.json'],
  { eager: true, import: 'default' },
)

/** Every lesson, in course order. */
export function lessons(): Lesson[] {
  const parsed = parseCourse(Object.values(files))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.lessons
}

/** One lesson by id. */
export function lesson(id: string): Lesson {
  const found = lessons().find((l) => l.id === id)
  if (!found) throw new Error(`no lesson ${id}`)
  return found
}

/** The engine's checkLesson, asynchronous like the worker's. */
export const engineCheck: CheckLesson = async (l, scenario) => checkLesson(l, structuredClone(scenario))

/** A document and its workspaces over a memory backend, the document's changes saved through the workspaces. */
export function playground(first: Scenario, backend = new MemoryBackend()) {
  const document: ScenarioDocument = new ScenarioDocument(first, { save: (s) => workspaces.save(s) })
  const workspaces: Workspaces = new Workspaces(document, backend)
  return { document, workspaces, backend }
}

/** The edit that solves lesson 2 the way a learner does it in the user panel. */
export function addJiwooToFe1(scenario: Scenario) {
  return addUserToGroup(scenario, { user: 'jiwoo', group: 'FE1' })
}
