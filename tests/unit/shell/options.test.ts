import { describe, expect, it } from 'vitest'
import { embedOptions, playgroundUrl } from '../../../src/lib/shell/options'

describe(embedOptions, () => {
  it('is undefined for the full playground', () => {
    expect(embedOptions('')).toBeUndefined()
    expect(embedOptions('?view=editor')).toBeUndefined()
  })

  it('defaults to both panes, read-only, the system theme', () => {
    expect(embedOptions('?embed')).toEqual({ view: 'all', editable: false, theme: undefined })
  })

  it.each([
    ['?embed&view=editor', 'editor'],
    ['?embed&view=result', 'result'],
    ['?embed&view=trace', 'trace'],
    ['?embed&view=graph', 'graph'],
    ['?embed&view=<script>', 'all'],
  ])('reads the view of %s', (search, view) => {
    expect(embedOptions(search)?.view).toBe(view)
  })

  it('reads editable and theme', () => {
    expect(embedOptions('?embed&editable&theme=dark')).toEqual({ view: 'all', editable: true, theme: 'dark' })
    expect(embedOptions('?embed&editable=false&theme=blue')).toEqual({ view: 'all', editable: false, theme: undefined })
  })

  it('makes an embedded lesson editable unless told otherwise: its task is to change something', () => {
    expect(embedOptions('?embed&lesson=users-and-groups')?.editable).toBe(true)
    expect(embedOptions('?embed&lesson=users-and-groups&editable=false')?.editable).toBe(false)
  })
})

describe(playgroundUrl, () => {
  it('drops the embed options and keeps the rest, hash included', () => {
    expect(playgroundUrl('https://x.example/play/?embed&view=trace&lang=ko#zABC')).toBe(
      'https://x.example/play/?lang=ko#zABC',
    )
  })

  it('keeps the lesson, so the link opens it beside the full playground', () => {
    expect(playgroundUrl('https://x.example/?embed&lesson=roles&lang=ko')).toBe(
      'https://x.example/?lesson=roles&lang=ko',
    )
  })
})
