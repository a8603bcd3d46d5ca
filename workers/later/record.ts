// Activity log records of the requests a person ran, built here so the page carries none of the evaluator code
// (request context, resource resolution) the records are made from; the page only appends them to its document.
export { recordEvents } from '../../src/lib/activity/record'
