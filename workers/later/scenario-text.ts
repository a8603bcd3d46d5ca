// Checking a scenario file's text, loaded on its first ask.
export { parseScenarioText } from '../../src/engine/index'
