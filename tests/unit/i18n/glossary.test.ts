// docs/glossary.md names the Korean for each IAM term; the catalog must use it. Wherever an English message uses a
// core term (● in the glossary), the Korean message of the same key must contain the term's Korean.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MessageKey } from '../../../src/lib/i18n/messages'
import { en } from '../../../src/lib/i18n/messages-en'
import { ko } from '../../../src/lib/i18n/messages-ko'
import { isEnglishOnPurpose } from '../../../src/lib/i18n/english-on-purpose'

interface Term {
  english: string
  korean: string
  core: boolean
}

/** The glossary's table rows. */
function readGlossary(): Term[] {
  const text = readFileSync(new URL('../../../docs/glossary.md', import.meta.url), 'utf8')
  const rows = text.split('\n').filter((line) => /^\|\s*(●\s*)?[A-Za-z]/.test(line))
  return rows.slice(1).map((row) => {
    const [english = '', korean = ''] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    return { english: english.replace(/^●\s*/, ''), korean, core: english.startsWith('●') }
  })
}

/** The English term as a pattern: its words (before any parenthesis), plurals allowed, hyphen or space between. */
function englishPattern(english: string): RegExp {
  const words = english.replace(/\s*\(.*\)$/, '').split(/[\s-]+/)
  const last = words.pop()!
  const lastPattern = last.endsWith('y') ? `${last.slice(0, -1)}(?:y|ies)` : `${last}(?:s|es)?`
  return new RegExp(`\\b${[...words, lastPattern].join('[-\\s]')}\\b`, 'i')
}

/** The Korean to look for: the term without its parenthesised English. */
function koreanNeedle(korean: string): string {
  return korean.replace(/\s*\(.*\)$/, '')
}

/**
 * English without code spans (`Principal` is the element's name, not the word) and placeholders (`{policy}`); a text
 * that is all code or AWS's own words (isEnglishOnPurpose: an ARN, AWS's access denied sentence) has no prose.
 */
function prose(text: string): string {
  if (isEnglishOnPurpose(text)) return ''
  return text.replace(/`[^`]*`/g, '').replace(/\{\w+\}/g, '')
}

const glossary = readGlossary()
const core = glossary.filter((term) => term.core)

describe('the glossary', () => {
  it('has the core terms, each with its Korean', () => {
    expect(core.length).toBeGreaterThanOrEqual(20)
    for (const term of glossary) expect(term.korean, term.english).not.toBe('')
  })

  it.each(core.map((term) => [term.english, term.korean] as const))(
    'wherever English says “%s”, Korean says “%s”',
    (english, korean) => {
      const pattern = englishPattern(english)
      const needle = koreanNeedle(korean)
      const misses = (Object.keys(en) as MessageKey[])
        .filter((key) => pattern.test(prose(en[key])) && !ko[key].includes(needle))
        .map((key) => `${key}: ${ko[key]}`)
      expect(misses).toEqual([])
    },
  )
})
