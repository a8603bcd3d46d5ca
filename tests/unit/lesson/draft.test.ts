// The request a lesson opens with: its first request check a person can ask in the form.
import { describe, expect, it } from 'vitest'
import type { Lesson } from '../../../src/engine/index'
import { lessonDraft } from '../../../src/lib/lesson/draft'
import { lesson } from './fixtures'

describe(lessonDraft, () => {
  it("asks the lesson's first request check, in the scenario's environment", () => {
    const usersAndGroups = lesson('users-and-groups')
    expect(lessonDraft(usersAndGroups, usersAndGroups.scenario)).toEqual({
      principal: 'user/jiwoo',
      actions: ['cloudfront:ListDistributions'],
      resources: ['*'],
      environment: usersAndGroups.scenario.environment ?? {},
      context: {},
    })
  })

  it('skips checks made by the code on an instance or function, which the form cannot ask', () => {
    const auditing = lesson('auditing')
    const draft = lessonDraft(auditing, auditing.scenario)
    expect(draft.principal).not.toMatch(/^arn:aws:(ec2|lambda):/)
  })

  it("keeps a scenario's own saved request first, and leaves the form empty when nothing can be asked", () => {
    const start = lesson('users-and-groups').scenario
    const saved = { ...start, requests: [{ principal: 'user/minho', action: 's3:ListBucket', resource: '*' }] }
    expect(lessonDraft(lesson('users-and-groups'), saved).principal).toBe('user/minho')
    const none: Pick<Lesson, 'check'> = { check: [] }
    expect(lessonDraft(none, start).principal).toBe('')
  })
})
