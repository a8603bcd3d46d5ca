// Who can do a request, loaded on its first ask.
export { whoCan } from '../../src/engine/index'
