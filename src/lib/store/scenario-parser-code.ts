// The code scenario-parser.ts loads on first use: the engine's scenario parser, what checks with it on the page (a
// lesson's solution), and the located JSON tree a scenario file's issues are placed with.
export { applySolution, parseScenario, parseScenarioText } from '../../engine/index'
export { parseTree } from 'jsonc-parser'
