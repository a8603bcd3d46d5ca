// Assuming a role, loaded on the first Assume role call.
export { assumeRole } from '../../src/engine/index'
