import { describe, expect, it } from 'vitest'
import { centredScrollTop, lineIndexAt, previewLines, typedText } from '../../../src/lib/editor/preview'

describe(previewLines, () => {
  it('splits the text into lines with their offsets', () => {
    const lines = previewLines('{\n  "a": 1\n}')
    expect(lines.map((l) => l.from)).toEqual([0, 2, 11])
    expect(lines.map((l) => l.parts.map((p) => p.text).join(''))).toEqual(['{', '  "a": 1', '}'])
  })

  it('marks the span across lines, and only it', () => {
    const text = '{\n  "Effect": "Allow",\n  "Action": "s3:*"\n}'
    const from = text.indexOf('"Allow"')
    const to = text.indexOf('"s3:*"') + '"s3:*"'.length
    const lines = previewLines(text, { from, to })
    expect(lines[1]!.parts).toEqual([
      { text: '  "Effect": ', marked: false },
      { text: '"Allow",', marked: true },
    ])
    expect(lines[2]!.parts).toEqual([{ text: '  "Action": "s3:*"', marked: true }])
    expect(lines[3]!.parts).toEqual([{ text: '}', marked: false }])
  })

  it('gives an empty line no parts and keeps `\\r` out of the text', () => {
    const lines = previewLines('a\r\n\r\nb')
    expect(lines.map((l) => l.parts)).toEqual([[{ text: 'a', marked: false }], [], [{ text: 'b', marked: false }]])
    expect(lines.map((l) => l.from)).toEqual([0, 3, 5])
  })

  it('clamps a span from an older text that reaches past the end', () => {
    const lines = previewLines('ab', { from: 1, to: 40 })
    expect(lines[0]!.parts).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ])
  })

  it('keeps markup as text', () => {
    const lines = previewLines('<img src=x onerror=alert(1)>')
    expect(lines[0]!.parts[0]!.text).toBe('<img src=x onerror=alert(1)>')
  })
})

describe(lineIndexAt, () => {
  const lines = previewLines('ab\ncd\n\nef')
  it('finds the line holding an offset, a line end included', () => {
    expect([0, 2, 3, 5, 6, 7, 9].map((o) => lineIndexAt(lines, o))).toEqual([0, 0, 1, 1, 2, 3, 3])
  })
})

describe(centredScrollTop, () => {
  it('puts the line in the middle of the box', () => {
    expect(centredScrollTop(500, 20, 200, 2000)).toBe(410)
  })

  it('stays within what the box can scroll', () => {
    expect(centredScrollTop(30, 20, 200, 2000)).toBe(0)
    expect(centredScrollTop(1990, 20, 200, 2000)).toBe(1800)
  })
})

describe(typedText, () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  })

  it('types characters and line breaks', () => {
    expect(['a', '"', ' ', 'Enter', '가'].map((k) => typedText(key(k)))).toEqual(['a', '"', ' ', '\n', '가'])
  })

  it('ignores other keys and shortcuts', () => {
    expect(typedText(key('ArrowLeft'))).toBeUndefined()
    expect(typedText(key('Tab'))).toBeUndefined()
    expect(typedText(key('c', { ctrlKey: true }))).toBeUndefined()
    expect(typedText(key('v', { metaKey: true }))).toBeUndefined()
  })
})
