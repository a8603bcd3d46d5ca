// The app's state, made once in boot.ts and provided to components by context: the four parts and their wiring.
import type { Scenario } from '../../engine/index'
import type { RequestDraft } from '../request-view/draft'
import type { WorkspaceBackend } from '../store/types'
import { ScenarioDocument } from './document.svelte'
import { Navigation, type Selection } from './navigation.svelte'
import type { PolicyTarget } from './policy-target'
import type { AppView } from './views'
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
    this.workspaces = new Workspaces(this.document, backend)
    this.navigation = new Navigation(this.document)
    this.question = new Question(this.document, engine)
  }

  // Read-throughs for the graph and matrix sessions, which take a Pick of AppState and are being reworked
  // elsewhere right now. TODO: remove once they read the parts (app.document.scenario, app.navigation.show, ...).
  get scenario(): Scenario {
    return this.document.scenario
  }
  get request(): RequestDraft {
    return this.question.request
  }
  select = (selection: Selection): void => this.navigation.select(selection)
  openPolicy = (target: PolicyTarget): void => this.navigation.openPolicy(target)
  show = (view: AppView): void => this.navigation.show(view)
}
