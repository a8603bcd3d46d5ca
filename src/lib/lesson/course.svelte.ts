// The course: its lessons (loaded when first needed), the learner's progress, and the lesson open beside the
// playground. A lesson opens as a workspace of its own, kept per lesson in the lessons store and never among the
// person's workspaces; closing it returns to the workspace that was open before.
import type { Lesson, Scenario } from '../../engine/index'
import { localized, t } from '../i18n/index'
import { emptyScenario } from '../shell/empty-scenario'
import type { ScenarioDocument } from '../state/document.svelte'
import type { Workspaces } from '../state/workspaces.svelte'
import type { LessonPatch } from '../store/lesson-rows'
import { uniqueName } from '../workspace/unique-name'
import { errorText } from '../worker/engine-query.svelte'
import { LessonSession, type CheckLesson } from './lesson-session.svelte'
import { LessonProgress, type ProgressStore } from './progress.svelte'

/** The storage verbs of the course (a `WorkspaceBackend` has them). */
export interface CourseStore extends ProgressStore {
  lessonWork(id: string): Promise<Scenario | undefined>
  updateLesson(id: string, patch: LessonPatch): Promise<void>
}

/** What the course works with. */
export interface CourseParts {
  document: ScenarioDocument
  workspaces: Workspaces
  store: CourseStore
  check: CheckLesson
  /** Loads the lessons in course order (the lesson files in the app; a fixed list in tests). */
  load: () => Promise<Lesson[]>
  /** Told which lesson is open (undefined: none), to put it in the address bar. */
  onOpen?: (id: string | undefined) => void
  /** Told once a lesson's scenario is open in the document, to set up the playground for it (the request form). */
  opened?: (lesson: Lesson) => void
  /** Quiet time before the learner's lesson scenario is stored (ms). */
  saveDelay?: number
}

/** The workspace to go back to when the lesson closes: a stored one by id, or this page's own (a link's). */
interface ReturnTo {
  id: string
  name: string
  scenario?: Scenario
}

/** The lessons, the progress through them, and the lesson open now. */
export class Course {
  /** Every lesson, in course order, once loaded. */
  lessons = $state.raw<Lesson[] | undefined>(undefined)
  /** Why the lessons (or the lesson asked for) could not be loaded. */
  error = $state<string | undefined>(undefined)
  readonly progress: LessonProgress

  readonly #parts: CourseParts
  #session = $state.raw<LessonSession | undefined>(undefined)
  #returnTo: ReturnTo | undefined
  #pending: { id: string; scenario: Scenario } | undefined
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(parts: CourseParts) {
    this.#parts = parts
    this.progress = new LessonProgress(parts.store)
  }

  /**
   * The lesson open beside the playground. Undefined once another workspace took its place (the workspace menu,
   * the gallery, a link), so the pane closes by itself.
   */
  get session(): LessonSession | undefined {
    const session = this.#session
    return session && this.#parts.workspaces.current?.lesson === session.lesson.id ? session : undefined
  }

  /** The lesson after the open one, if any. */
  get next(): Lesson | undefined {
    const open = this.session?.lesson
    return open && this.lessons?.find((l) => l.order === open.order + 1)
  }

  /** Loads the lessons and the progress (once; again after a failure). Resolves to the lessons, or undefined. */
  load = async (): Promise<Lesson[] | undefined> => {
    if (this.lessons) return this.lessons
    try {
      const [lessons] = await Promise.all([this.#parts.load(), this.progress.load()])
      this.lessons = lessons
      this.error = undefined
      return lessons
    } catch (error) {
      this.error = t('lesson.course.loadFailed', { message: errorText(error) })
      return undefined
    }
  }

  /**
   * Opens a lesson beside the playground with the learner's scenario for it (or its starting scenario). The
   * person's workspace has its edits written first and is remembered for {@link close}. Returns why it could not
   * open.
   */
  open = async (id: string): Promise<string | undefined> => {
    const lessons = await this.load()
    if (!lessons) return this.error
    const lesson = lessons.find((l) => l.id === id)
    if (!lesson) return (this.error = t('lesson.unknown', { id }))
    if (this.session?.lesson.id === id) return undefined
    await this.#flush()
    const { workspaces, document } = this.#parts
    const current = workspaces.current
    if (current?.lesson === undefined) {
      this.#returnTo = current?.id
        ? { id: current.id, name: current.name }
        : { id: '', name: current?.name ?? '', scenario: document.scenario }
    }
    const saved = await this.#parts.store.lessonWork(id)
    this.#session = new LessonSession(lesson, { document, progress: this.progress, check: this.#parts.check })
    const open = { id: '', name: t('lesson.workspace', { title: localized(lesson.title) }), lesson: id }
    await workspaces.openApart(saved ?? structuredClone(lesson.scenario), open, (s) => this.#keep(id, s))
    this.#parts.opened?.(lesson)
    this.error = undefined
    this.#parts.onOpen?.(id)
    return undefined
  }

  /** Opens the lesson after the open one. */
  openNext = async (): Promise<void> => {
    const next = this.next
    if (next) await this.open(next.id)
  }

  /** Closes the lesson (its scenario stored) and reopens the workspace that was open before it. */
  close = async (): Promise<void> => {
    await this.#flush()
    const back = this.#returnTo
    const { workspaces } = this.#parts
    const stillOpen = this.session !== undefined
    this.#session = undefined
    this.#returnTo = undefined
    this.#parts.onOpen?.(undefined)
    if (!stillOpen) return
    if (back?.id && (await workspaces.open(back.id)) === undefined) return
    if (back?.scenario) return workspaces.load(back.scenario, back.name, { persist: false })
    await workspaces.refresh()
    await workspaces.load(emptyScenario(), uniqueName(t('workspace.untitled'), workspaces.list))
  }

  /** Stores the learner's lesson scenario after a pause (a policy typed in the editor changes it per keystroke). */
  #keep(id: string, scenario: Scenario): void {
    if (this.#pending && this.#pending.id !== id) void this.#flush()
    this.#pending = { id, scenario }
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#flush(), this.#parts.saveDelay ?? 300)
  }

  /** Writes the pending lesson scenario now. */
  #flush = async (): Promise<void> => {
    clearTimeout(this.#timer)
    const pending = this.#pending
    this.#pending = undefined
    if (pending) await this.#parts.store.updateLesson(pending.id, { scenario: pending.scenario })
  }

  /** Writes the pending lesson scenario now (before the page goes away, and in tests). */
  flush = (): Promise<void> => this.#flush()
}
