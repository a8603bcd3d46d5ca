import { describe, expect, it } from 'vitest'
import { filledLines, firstLine, joinLines, parseLines } from '../../../src/lib/request/lines'

describe(parseLines, () => {
  it('round-trips text exactly, blank lines included', () => {
    const text = 's3:GetObject\n\ns3:PutObject\n'
    expect(parseLines(text)).toEqual(['s3:GetObject', '', 's3:PutObject', ''])
    expect(joinLines(parseLines(text))).toBe(text)
    expect(parseLines('a\r\nb')).toEqual(['a', 'b'])
  })

  it('counts only filled lines and keeps the first when leaving several mode', () => {
    expect(filledLines(['  ', ' s3:A ', '', 's3:B'])).toEqual(['s3:A', 's3:B'])
    expect(firstLine(['', 's3:B', 's3:C'])).toEqual(['s3:B'])
    expect(firstLine(['  '])).toEqual([''])
  })
})
