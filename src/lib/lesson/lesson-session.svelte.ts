// One open lesson: checking the learner's scenario (in the worker), hints shown one by one, the solution applied as
// an undoable edit, and starting over. The learner edits the scenario in the playground itself; this class only
// reads the document and adds whole-scenario edits to its history.
import type { Lesson, LessonCheckResult, Scenario } from '../../engine/index'
import { t } from '../i18n/index'
import type { ScenarioDocument } from '../state/document.svelte'
import { issueText } from '../workspace/issue-text'
import { scenarioParserReady } from '../store/scenario-parser'
import { EngineQuery } from '../worker/engine-query.svelte'
import type { LessonProgress } from './progress.svelte'

/** Checks a scenario against a lesson's checks: the worker's `checkLesson` in the app, the engine's in tests. */
export type CheckLesson = (lesson: Pick<Lesson, 'check'>, scenario: Scenario) => Promise<LessonCheckResult>

/** What a session works with. */
export interface SessionParts {
  document: Pick<ScenarioDocument, 'scenario' | 'edit'>
  progress: LessonProgress
  check: CheckLesson
}

/** A lesson beside the playground, and what the learner did with it. */
export class LessonSession {
  readonly lesson: Lesson
  /** What the last solution or reset did, for the pane to say (cleared by the next check). */
  notice = $state<string | undefined>(undefined)

  readonly #parts: SessionParts
  readonly #query: EngineQuery<[Pick<Lesson, 'check'>, Scenario], LessonCheckResult>
  /** The scenario the shown result is for. */
  #checked = $state.raw<Scenario | undefined>(undefined)

  constructor(lesson: Lesson, parts: SessionParts) {
    this.lesson = lesson
    this.#parts = parts
    this.#query = new EngineQuery(parts.check)
  }

  /** The outcome of the last check. */
  get result(): LessonCheckResult | undefined {
    return this.#query.value
  }

  /** A check is running. */
  get pending(): boolean {
    return this.#query.pending
  }

  /** Why the last check could not run (a bug, a timeout, a crashed worker). */
  get error(): string | undefined {
    return this.#query.error
  }

  /** The scenario changed since the shown result was computed. */
  get stale(): boolean {
    return this.#checked !== undefined && this.#checked !== this.#parts.document.scenario
  }

  /** The learner solved this lesson once (a check passed every check). */
  get solved(): boolean {
    return this.#parts.progress.solved(this.lesson.id)
  }

  /** The hints shown so far, in order. */
  get hints(): Lesson['hints'] {
    return this.lesson.hints.slice(0, this.#parts.progress.hints(this.lesson.id))
  }

  /** Some hints are still hidden. */
  get moreHints(): boolean {
    return this.hints.length < this.lesson.hints.length
  }

  /** Checks the learner's scenario as it is now; a pass marks the lesson solved. */
  check = async (): Promise<void> => {
    const scenario = this.#parts.document.scenario
    this.notice = undefined
    const result = await this.#query.run({ check: this.lesson.check }, scenario)
    if (!result) return
    this.#checked = scenario
    if (result.solved) await this.#parts.progress.markSolved(this.lesson.id)
  }

  /** Shows the next hint. */
  revealHint = async (): Promise<void> => {
    if (!this.moreHints) return
    await this.#parts.progress.showHints(this.lesson.id, this.hints.length + 1)
  }

  /**
   * Applies the solution to the learner's scenario as one undoable edit; when the learner's changes no longer fit
   * it (an index moved, a value is gone), to the starting scenario instead.
   */
  showSolution = async (): Promise<void> => {
    // Applying it checks the solved scenario: the page's scenario checker loads on the first ask.
    const { applySolution } = await scenarioParserReady()
    let solved = applySolution(this.lesson, this.#parts.document.scenario)
    let fromStart = false
    if (!solved.ok) {
      solved = applySolution(this.lesson)
      fromStart = true
    }
    if (!solved.ok) {
      this.notice = t('lesson.solutionFailed', { message: solved.errors.map(issueText).join('; ') })
      return
    }
    this.#edit(solved.scenario, t('lesson.undo.solution'))
    this.notice = fromStart ? t('lesson.solutionFromStart') : t('lesson.solutionApplied')
  }

  /** Puts the lesson's starting scenario back, as one undoable edit. */
  reset = (): void => {
    this.#edit(structuredClone(this.lesson.scenario), t('lesson.undo.reset'))
    this.notice = undefined
  }

  #edit(scenario: Scenario, label: string): void {
    this.#parts.document.edit({ ok: true, scenario, label })
    this.#query.reset()
    this.#checked = undefined
  }
}
