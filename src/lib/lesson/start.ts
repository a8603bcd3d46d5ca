// Starting the course for a page: the lesson files, checks in the engine worker, progress in the page's backend
// (memory in an embed, so an embed never writes the host's storage), the open lesson in the address bar, and the
// lesson's first request in the request form.
import { loadMessages } from '../i18n/index'
import type { AppState } from '../state/app.svelte'
import { inWorker } from '../worker/engine-client'
import { Course, type CourseStore } from './course.svelte'
import { lessonDraft } from './draft'
import { lessonAddressWriter, lessonParam } from './links'

/** The course of this page. An embed keeps its address as it is. */
export function startCourse(app: AppState, store: CourseStore, embedded: boolean): Course {
  return new Course({
    document: app.document,
    workspaces: app.workspaces,
    store,
    check: inWorker('checkLesson'),
    // The lesson files, their parser and the lessons' words load when the course is first asked for (a lesson opens,
    // the list shows).
    load: () => Promise.all([import('./files'), loadMessages(['lesson'])]).then(([files]) => files.loadCourse()),
    opened: (lesson) => app.question.setRequest(lessonDraft(lesson, app.document.scenario)),
    ...(embedded ? {} : { onOpen: lessonAddressWriter(window) }),
  })
}

/** Opens the lesson the address asks for (`?lesson=<id>`); returns why it could not open. */
export async function openLinkedLesson(course: Course, search: string): Promise<string | undefined> {
  const id = lessonParam(search)
  return id === undefined ? undefined : course.open(id)
}
