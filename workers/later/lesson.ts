// A lesson's checks, loaded on the first check.
export { checkLesson } from '../../src/engine/index'
