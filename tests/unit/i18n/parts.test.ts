// The catalog in parts: every key is in the part its prefix names (so the page can load a key's part without the
// catalog), parts do not overlap, and a message shown before its part loaded is loaded late and re-rendered.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../../../src/lib/i18n/messages-en'
import { ko } from '../../../src/lib/i18n/messages-ko'
import { PART_PREFIXES, PARTS, partOf, type Part } from '../../../src/lib/i18n/parts'

const englishParts = import.meta.glob<{ messages: Record<string, string> }>('../../../src/lib/i18n/parts/*.en.ts', {
  eager: true,
})
const koreanParts = import.meta.glob<{ messages: Record<string, string> }>('../../../src/lib/i18n/parts/*.ko.ts', {
  eager: true,
})

function partFile(files: Record<string, { messages: Record<string, string> }>, part: Part, lang: string) {
  const file = files[`../../../src/lib/i18n/parts/${part}.${lang}.ts`]
  if (!file) throw new Error(`no ${part}.${lang}.ts`)
  return file.messages
}

describe('the catalog parts', () => {
  it('has a file per part and language, and no file without a part', () => {
    expect(
      Object.keys(englishParts)
        .map((path) => path.replace(/^.*\/|\.en\.ts$/g, ''))
        .sort(),
    ).toEqual([...PARTS].sort())
    expect(Object.keys(koreanParts).length).toBe(PARTS.length)
  })

  it.each(PARTS)('holds in the "%s" part only keys whose prefix names it, in both languages', (part) => {
    const english = Object.keys(partFile(englishParts, part, 'en'))
    expect(english.length).toBeGreaterThan(0)
    expect(english.filter((key) => partOf(key) !== part)).toEqual([])
    expect(Object.keys(partFile(koreanParts, part, 'ko')).sort()).toEqual([...english].sort())
  })

  it('splits the whole catalog without overlap', () => {
    const counted = PARTS.reduce((sum, part) => sum + Object.keys(partFile(englishParts, part, 'en')).length, 0)
    expect(counted).toBe(Object.keys(en).length)
    expect(Object.keys(ko).length).toBe(Object.keys(en).length)
  })

  it('gives each prefix one part, and each prefix is used', () => {
    const prefixes = PARTS.flatMap((part) => PART_PREFIXES[part])
    expect(new Set(prefixes).size).toBe(prefixes.length)
    const used = new Set(Object.keys(en).map((key) => key.split('.')[0]))
    expect(prefixes.filter((prefix) => !used.has(prefix))).toEqual([])
  })

  it('names the part of a key by its first segment', () => {
    expect(partOf('graph.zoomIn')).toBe('graph')
    expect(partOf('diag.unknownAction')).toBe('editor')
    expect(partOf('answer.heading')).toBe('core')
    expect(partOf('nodot')).toBe('core')
  })
})

describe('loading parts in the page', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  // A fresh copy of the translator (the test setup loaded the whole catalog into the shared one).
  async function freshTranslator() {
    vi.resetModules()
    return import('../../../src/lib/i18n/messages')
  }

  it('loads only the core part first, then a view’s part on request', async () => {
    const messages = await freshTranslator()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await messages.loadCatalog('en')
    expect(messages.translate('en', 'answer.heading')).toBe(en['answer.heading'])
    await messages.loadParts('en', ['graph'])
    expect(messages.translate('en', 'graph.zoomIn')).toBe('Zoom in')
    expect(messages.partsLoaded('en').sort()).toEqual(['core', 'graph'])
    expect(messages.partsLoaded('ko')).toEqual([])
    expect(warn).not.toHaveBeenCalled()
  })

  it('shows a key whose part has not loaded as the key, says so once, loads it and tells the page', async () => {
    const messages = await freshTranslator()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await messages.loadCatalog('ko')
    const arrived = new Promise<void>((resolve) => messages.onLatePart(resolve))
    expect(messages.translate('ko', 'matrix.heading')).toBe('matrix.heading')
    expect(messages.translate('ko', 'matrix.heading')).toBe('matrix.heading')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain('"matrix"')
    await arrived
    expect(messages.translate('ko', 'matrix.heading')).toBe(ko['matrix.heading'])
    expect(messages.partsLoaded('en')).toEqual([])
  })

  it('leaves an unknown key as it is once its part is there, without asking again', async () => {
    const messages = await freshTranslator()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await messages.loadCatalog('en')
    expect(messages.translate('en', 'answer.noSuchKey' as never)).toBe('answer.noSuchKey')
    expect(warn).not.toHaveBeenCalled()
  })
})
