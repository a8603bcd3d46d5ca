// `?lesson=<id>`: reading it, linking to a lesson with the page's language, and the address bar while a lesson is
// open (no workspace fragment then; it comes back when the lesson closes).
import { describe, expect, it } from 'vitest'
import { lessonAddress, lessonAddressWriter, lessonHref, lessonParam } from '../../../src/lib/lesson/links'

describe(lessonParam, () => {
  it.each([
    ['?lesson=users-and-groups', 'users-and-groups'],
    ['?lang=ko&lesson=users-and-groups', 'users-and-groups'],
    ['?embed&lesson=roles', 'roles'],
    ['?lesson=', undefined],
    ['?lesson=Users%20and%20groups', undefined],
    ['?lesson=../../etc', undefined],
    ['?view=graph', undefined],
    ['', undefined],
  ])('%s opens %s', (search, id) => {
    expect(lessonParam(search)).toBe(id)
  })
})

describe(lessonHref, () => {
  it('links to the lesson, keeping the language and nothing else', () => {
    expect(lessonHref('roles', '')).toBe('?lesson=roles')
    expect(lessonHref('roles', '?lang=ko&view=graph&lesson=root-user')).toBe('?lesson=roles&lang=ko')
  })
})

describe(lessonAddress, () => {
  it('sets or removes the lesson and replaces the fragment, keeping the rest of the query', () => {
    expect(lessonAddress('https://h/app/?lang=ko#zABC', 'roles', '')).toBe('https://h/app/?lang=ko&lesson=roles')
    expect(lessonAddress('https://h/app/?lang=ko&lesson=roles', undefined, '#zABC')).toBe('https://h/app/?lang=ko#zABC')
    expect(lessonAddress('https://h/app/?embed&lesson=roles', 'guardrails', '')).toBe(
      'https://h/app/?embed&lesson=guardrails',
    )
  })
})

describe(lessonAddressWriter, () => {
  function fakeWindow(href: string) {
    const win = {
      location: { href, hash: new URL(href).hash },
      history: {
        state: null,
        replaceState(_state: unknown, _unused: string, url: string) {
          win.location = { href: url, hash: new URL(url).hash }
          calls.push(url)
        },
      },
    }
    const calls: string[] = []
    return { win, calls }
  }

  it("drops the workspace's fragment while a lesson is open and puts it back when it closes", () => {
    const { win, calls } = fakeWindow('https://h/?lang=ko#zSTATE')
    const write = lessonAddressWriter(win)
    write('users-and-groups')
    expect(win.location.href).toBe('https://h/?lang=ko&lesson=users-and-groups')
    write('reading-a-policy')
    expect(win.location.href).toBe('https://h/?lang=ko&lesson=reading-a-policy')
    write(undefined)
    expect(win.location.href).toBe('https://h/?lang=ko#zSTATE')
    expect(calls).toHaveLength(3)
  })

  it('leaves an address that already names the open lesson as it is', () => {
    const { win, calls } = fakeWindow('https://h/?lesson=roles')
    lessonAddressWriter(win)('roles')
    expect(calls).toEqual([])
  })
})
