// The account audit, loaded on its first ask.
export { auditScenario } from '../../src/engine/index'
