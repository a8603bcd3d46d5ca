// What would allow a denied request, loaded on its first ask.
export { whatWouldAllow } from '../../src/engine/index'
