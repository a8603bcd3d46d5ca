// The course's lesson files (scenarios/lessons/NN-ID.json), loaded when first asked for: each is its own chunk, so
// the first page load carries none of them. The engine worker checks them (`parseCourse`): the page carries no lesson
// or scenario parser for it.
import type { Lesson } from '../../engine/index'
import { inWorker } from '../worker/engine-client'
import { issueText } from '../workspace/issue-text'

const files = import.meta.glob<unknown>(
  ['../../../scenarios/lessons/*.json', '!../../../scenarios/lessons/lesson.schema.json'],
  { import: 'default' },
)

let course: Promise<Lesson[]> | undefined

/**
 * Every lesson of the course, checked (`parseCourse`) and in course order. Loaded once; a failed load (offline, a
 * broken file) is tried again on the next call.
 */
export function loadCourse(): Promise<Lesson[]> {
  course ??= Promise.all(Object.values(files).map((load) => load())).then(async (raws) => {
    const parsed = await inWorker('parseLessonFiles')({ lessons: raws })
    if (!parsed.ok) throw new Error(parsed.errors.map(issueText).join('; '))
    return parsed.lessons
  })
  course.catch(() => (course = undefined))
  return course
}
