// Where the person is: the view on show, the entity selected in the explorer and the policy open in the editor.
import type { PathStep, Scenario } from '../../engine/index'
import type { ScenarioDocument } from './document.svelte'
import { readTarget, targetKey, targetKind, targetTitle, type PolicyTarget } from './policy-target'
import type { AppView } from './views'

/** What the left pane has selected. */
export type Selection =
  | {
      kind: 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'
      name: string
      /** The entity's account (users, groups, roles and policies); absent means the scenario's first account. */
      account?: string
    }
  | {
      kind: 'organization'
      /** The root or an OU of the tree, by id… */
      node?: string
      /** …or an account in it, by 12-digit ID. */
      account?: string
    }
  | undefined

/** The editor's document: title, grammar and text of the open policy. */
export interface EditorDoc {
  key: string
  title: string
  kind: ReturnType<typeof targetKind>
  text: string
}

/** The view, the selected entity and the open policy. The share link carries the view and the open policy. */
export class Navigation {
  /** The top-level view on show (tabs under the toolbar). */
  view = $state<AppView>('playground')
  selection = $state.raw<Selection>(undefined)
  /** The policy in the editor. */
  target = $state.raw<PolicyTarget | undefined>(undefined)
  /** The privilege-escalation path the graph draws (a finding's "Show in graph"), its steps in order. */
  path = $state.raw<readonly PathStep[] | undefined>(undefined)

  readonly #document: ScenarioDocument

  constructor(document: ScenarioDocument) {
    this.#document = document
  }

  /** The open policy as the editor shows it; undefined when none is open or it no longer exists. */
  get editorDoc(): EditorDoc | undefined {
    const t = this.target
    if (!t) return undefined
    const scenario: Scenario = this.#document.scenario
    const text = readTarget(scenario, t)
    if (text === undefined) return undefined
    return { key: targetKey(t), title: targetTitle(t), kind: targetKind(scenario, t), text }
  }

  /** Shows a top-level view (the playground, the graph, the matrix, ...). */
  show = (view: AppView): void => {
    this.view = view
  }

  select = (selection: Selection): void => {
    this.selection = selection
  }

  /** Opens a policy in the editor. */
  openPolicy = (target: PolicyTarget): void => {
    this.target = target
  }

  /** Shows an entity in the playground: selected in the explorer, with one of its policies opened when given. */
  openEntity = (selection: Selection, policy?: PolicyTarget): void => {
    this.select(selection)
    if (policy) this.openPolicy(policy)
    this.show('playground')
  }

  /** Shows the graph with an escalation path drawn on it. */
  showPath = (steps: readonly PathStep[]): void => {
    this.path = steps
    this.show('graph')
  }

  /** The graph goes back to drawing no path. */
  clearPath = (): void => {
    this.path = undefined
  }

  /** Another scenario was opened: nothing of the old one stays selected or open (the view stays). */
  reset(): void {
    this.target = undefined
    this.selection = undefined
    this.path = undefined
  }
}
