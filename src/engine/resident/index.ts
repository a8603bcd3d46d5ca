// A scenario kept by an engine between calls (the worker holds the account): versions, and the changes between them.
export { applyScenarioChanges, ChangesMismatchError, noChanges, SCENARIO_LISTS, scenarioChanges } from './changes'
export type { ListPiece, ScenarioChanges, ScenarioList } from './changes'
export {
  isScenarioRef,
  RESIDENT_CAPACITY,
  RESIDENT_MISSING,
  ResidentMissingError,
  ResidentScenarios,
  ResidentVersions,
} from './store'
export type { ScenarioRef } from './store'
