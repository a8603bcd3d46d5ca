// The "lesson" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineLesson from '../messages/engine-lesson'
import * as lesson from '../messages/lesson'

export const messages = {
  ...lesson.en,
  ...engineLesson.en,
} as const
