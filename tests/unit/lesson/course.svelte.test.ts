// The course over a memory backend: a lesson opens as a workspace of its own (never among the person's), its
// scenario is kept per lesson and resumed, Next keeps the way back, and closing returns to the person's workspace.
import { describe, expect, it, vi } from 'vitest'
import { Course } from '../../../src/lib/lesson/course.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { scenario } from '../store/fixtures'
import { addJiwooToFe1, engineCheck, lessons, playground } from './fixtures'

async function setup(options: { persist?: boolean; backend?: MemoryBackend } = {}) {
  const parts = playground(scenario('Mine'), options.backend)
  await parts.workspaces.load(scenario('Mine'), 'Mine', { persist: options.persist ?? true })
  const onOpen = vi.fn()
  const course = new Course({
    document: parts.document,
    workspaces: parts.workspaces,
    store: parts.backend,
    check: engineCheck,
    load: async () => lessons(),
    onOpen,
    saveDelay: 10,
  })
  return { ...parts, course, onOpen }
}

describe(Course, () => {
  it('loads the lessons in course order, with the progress', async () => {
    const backend = new MemoryBackend()
    await backend.updateLesson('root-user', { solved: true })
    const { course } = await setup({ backend })
    expect(await course.load()).toHaveLength(13)
    expect(course.lessons?.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect(course.progress.solved('root-user')).toBe(true)
    expect(course.progress.solvedCount(course.lessons!.map((l) => l.id))).toBe(1)
  })

  it("opens a lesson's starting scenario as a lesson workspace, leaving the person's workspaces alone", async () => {
    const { course, document, workspaces, onOpen } = await setup()
    const mine = workspaces.current!
    expect(await course.open('users-and-groups')).toBeUndefined()
    expect(course.session?.lesson.id).toBe('users-and-groups')
    expect(document.scenario.id).toBe('lesson-users-and-groups')
    expect(workspaces.current).toEqual({ id: '', name: 'Lesson: Users and groups', lesson: 'users-and-groups' })
    expect(workspaces.unsaved).toBe(false)
    expect(workspaces.list.map((w) => w.id)).toEqual([mine.id])
    expect(onOpen).toHaveBeenLastCalledWith('users-and-groups')
  })

  it('tells the app once the lesson scenario is open, to set up the request form', async () => {
    const parts = playground(scenario('Mine'))
    const opened = vi.fn()
    const course = new Course({
      ...parts,
      store: parts.backend,
      check: engineCheck,
      load: async () => lessons(),
      opened,
    })
    await course.open('roles')
    expect(opened).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: 'roles' }))
    expect(parts.document.scenario.id).toBe('lesson-roles')
  })

  it('keeps the lesson work per lesson, never in a workspace, and resumes it', async () => {
    const { course, document, workspaces, backend } = await setup()
    const mine = workspaces.current!
    await course.open('users-and-groups')
    document.edit(addJiwooToFe1(document.scenario))
    await vi.waitFor(async () =>
      expect((await backend.lessonWork('users-and-groups'))?.users?.[0]?.groups).toContain('FE1'),
    )
    const stored = await backend.getWorkspace(mine.id)
    expect(stored?.ok && stored.workspace.scenario.title).toBe('Mine')

    await course.close()
    await course.open('users-and-groups')
    expect(document.scenario.users?.[0]?.groups).toEqual(['DEV1', 'FE1'])
    await course.session!.check()
    expect(course.session?.result?.solved).toBe(true)
  })

  it("closes back to the person's stored workspace, with the lesson's last edit stored", async () => {
    const { course, document, workspaces, backend, onOpen } = await setup()
    const mine = workspaces.current!
    await course.open('users-and-groups')
    document.edit(addJiwooToFe1(document.scenario))
    await course.close()
    expect(workspaces.current).toEqual(mine)
    expect(document.scenario.title).toBe('Mine')
    expect(course.session).toBeUndefined()
    expect(onOpen).toHaveBeenLastCalledWith(undefined)
    expect((await backend.lessonWork('users-and-groups'))?.users?.[0]?.groups).toEqual(['DEV1', 'FE1'])
  })

  it("closes back to this page's own workspace (a link's), which was never stored", async () => {
    const { course, document, workspaces } = await setup({ persist: false })
    const linked = document.scenario
    await course.open('root-user')
    await course.close()
    expect(workspaces.current).toEqual({ id: '', name: 'Mine' })
    expect(document.scenario).toBe(linked)
  })

  it('goes to the next lesson, and still closes back to where the person came from', async () => {
    const { course, workspaces } = await setup()
    const mine = workspaces.current!
    await course.open('users-and-groups')
    expect(course.next?.id).toBe('reading-a-policy')
    await course.openNext()
    expect(course.session?.lesson.id).toBe('reading-a-policy')
    await course.close()
    expect(workspaces.current).toEqual(mine)
  })

  it('has no next lesson after the last', async () => {
    const { course } = await setup()
    await course.open(lessons().at(-1)!.id)
    expect(course.next).toBeUndefined()
  })

  it('says so for a lesson that does not exist, and stays where it is', async () => {
    const { course, workspaces } = await setup()
    const mine = workspaces.current
    expect(await course.open('no-such-lesson')).toBe('There is no lesson “no-such-lesson”.')
    expect(course.session).toBeUndefined()
    expect(workspaces.current).toBe(mine)
  })

  it('closes the pane by itself when the person opens another workspace', async () => {
    const { course, workspaces } = await setup()
    await course.open('users-and-groups')
    await workspaces.load(scenario('Gallery pick'), 'Gallery pick')
    expect(course.session).toBeUndefined()
  })

  it('reports lessons that cannot load, and tries again on the next open', async () => {
    const parts = playground(scenario('Mine'))
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(lessons())
    const course = new Course({ ...parts, store: parts.backend, check: engineCheck, load })
    expect(await course.open('root-user')).toBe('The lessons could not be loaded: offline')
    expect(await course.open('root-user')).toBeUndefined()
    expect(course.error).toBeUndefined()
  })
})
