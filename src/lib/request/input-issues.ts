// The engine's check of a request form's fields, for callers of `Question` without a worker (tests, Node): the app
// asks its worker instead, so this module (and the engine code it needs) loads only where no worker does the work.
export { requestInputIssues } from '../../engine/index'
