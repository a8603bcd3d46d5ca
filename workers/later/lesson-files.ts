// The check of the course's lesson files, loaded on the first ask (apart from the lessons' checks, ./lesson.ts, which
// load on the first check).
import { parseCourse, type CourseParse } from '../../src/engine/index'

/**
 * Checks the course's lesson files (see `parseCourse`). They come wrapped, so no file is ever taken for a reference to
 * a scenario this side holds (top-level arguments are resolved as such).
 */
export function parseLessonFiles(payload: { lessons: readonly unknown[] }): CourseParse {
  return parseCourse(payload.lessons)
}
