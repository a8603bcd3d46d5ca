// Turning AWS CLI output into a scenario, loaded on the first import.
export { importAuthorizationDetails } from '../../src/engine/index'
