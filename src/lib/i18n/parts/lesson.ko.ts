// The "lesson" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineLesson from '../messages/engine-lesson.ko'
import * as lesson from '../messages/lesson.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './lesson.en'

export const messages: Messages<typeof en> = {
  ...lesson.ko,
  ...engineLesson.ko,
}
