// The default names and the engine's failures follow the page's language.
import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../../src/lib/i18n/index'
import { emptyScenario } from '../../../src/lib/shell/empty-scenario'
import { cleanName } from '../../../src/lib/store/rows'

describe('default names', () => {
  afterEach(() => setLocale('en', false))

  it('a blank workspace name and a new empty scenario are Untitled, in the page language', () => {
    expect(cleanName('   ')).toBe('Untitled')
    expect(emptyScenario().title).toBe('Untitled')
    setLocale('ko', false)
    expect(cleanName('   ')).toBe('제목 없음')
    expect(emptyScenario().title).toBe('제목 없음')
    expect(cleanName(' a  b ')).toBe('a b')
  })
})
