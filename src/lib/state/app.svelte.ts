// The app's state, made once in boot.ts and provided to components by context: the four parts and their wiring.
import type { Scenario } from '../../engine/index'
import type { WorkspaceBackend } from '../store/types'
import { ScenarioDocument } from './document.svelte'
import { Navigation } from './navigation.svelte'
import { Question, type EngineCalls } from './question.svelte'
import { Workspaces } from './workspaces.svelte'

export type { Selection } from './navigation.svelte'
export type { BatchAnswer, EngineCalls } from './question.svelte'

/**
 * The composition root: owns the {@link ScenarioDocument} (scenario, undo, activity log), the {@link Workspaces}
 * (storage), the {@link Navigation} (view, selection, open policy) and the {@link Question} (request and answer),
 * and wires the document's changes to the others. Components read it through `getApp()`.
 */
export class AppState {
  readonly document: ScenarioDocument
  readonly workspaces: Workspaces
  readonly navigation: Navigation
  readonly question: Question

  constructor(scenario: Scenario, engine: EngineCalls, backend?: WorkspaceBackend) {
    this.document = new ScenarioDocument(scenario, {
      started: (next) => {
        this.navigation.reset()
        this.question.reset(next)
      },
      changed: () => this.question.schedule(),
      save: (changed) => this.workspaces.save(changed),
    })
    this.workspaces = new Workspaces(this.document, backend, { text: engine.scenarioText })
    this.navigation = new Navigation(this.document)
    this.question = new Question(this.document, engine)
  }
}
