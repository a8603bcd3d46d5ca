// Problems in a lesson file, as the engine says them (src/engine/messages/lesson.en.ts); Korean has every key. User
// values arrive as written, so they stay as they are.

import { LESSON_EN } from '../../../engine/index'

export const en = LESSON_EN
