// The located JSON tree under the policy parser: UTF-16 spans (CodeMirror's unit) and collected syntax errors.
import { describe, expect, it } from 'vitest'
import { fromValue, lineColumn, parseJsonText, type JsonNode } from '../../../../src/engine/json/tree'
import { sliceSpan } from '../../../helpers/strip-spans'

function prop(node: JsonNode | undefined, key: string) {
  if (node?.type !== 'object') throw new Error('expected an object')
  const p = node.props.find((x) => x.key === key)
  if (!p) throw new Error(`no ${key}`)
  return p
}

describe(parseJsonText, () => {
  describe('positions are UTF-16 offsets', () => {
    it('a value after emoji slices back out of the text', () => {
      const text = '{"Sid": "🎉😀🚀", "Effect": "Allow"}'
      const { root, diagnostics } = parseJsonText(text)
      expect(diagnostics).toEqual([])
      expect(sliceSpan(text, prop(root, 'Effect').value.span)).toBe('"Allow"')
      expect(sliceSpan(text, prop(root, 'Effect').keySpan)).toBe('"Effect"')
    })

    it('a value after Korean text slices back out of the text', () => {
      const text = '{\n  "Sid": "관리자 전용 정책",\n  "Action": "s3:GetObject"\n}'
      const { root } = parseJsonText(text)
      expect(sliceSpan(text, prop(root, 'Action').value.span)).toBe('"s3:GetObject"')
    })

    it('spans count an emoji as two units, as JavaScript strings and CodeMirror do', () => {
      const text = '["😀", 1]'
      const { root } = parseJsonText(text)
      if (root?.type !== 'array') throw new Error('expected an array')
      expect(root.items[0]!.span).toEqual({ from: 1, to: 5 })
      expect(root.items[1]!.span).toEqual({ from: 7, to: 8 })
    })

    it('a string value holding emoji and Korean decodes whole, and its span covers the quotes', () => {
      const text = '{"k": "😀한국어"}'
      const v = prop(parseJsonText(text).root, 'k')
      expect(v.value).toMatchObject({ type: 'string', value: '😀한국어' })
      expect(sliceSpan(text, v.value.span)).toBe('"😀한국어"')
      expect(sliceSpan(text, v.span)).toBe('"k": "😀한국어"')
    })

    it('escaped characters are decoded while the span covers the escapes as written', () => {
      const text = '{"k": "\\u00e9\\n\\"x\\""}'
      const v = prop(parseJsonText(text).root, 'k').value
      expect(v).toMatchObject({ type: 'string', value: 'é\n"x"' })
      expect(sliceSpan(text, v.span)).toBe('"\\u00e9\\n\\"x\\""')
    })

    it('the root span covers the whole value, without surrounding whitespace', () => {
      const text = '  \n {"a": 1}  \n'
      expect(sliceSpan(text, parseJsonText(text).root?.span)).toBe('{"a": 1}')
    })
  })

  describe('values', () => {
    it('keeps the raw text of numbers', () => {
      const v = prop(parseJsonText('{"n": 1.50e2}').root, 'n').value
      expect(v).toMatchObject({ type: 'number', value: 150, raw: '1.50e2' })
    })

    it('reads booleans and null', () => {
      const { root } = parseJsonText('[true, false, null]')
      if (root?.type !== 'array') throw new Error('expected an array')
      expect(root.items.map((i) => i.type)).toEqual(['boolean', 'boolean', 'null'])
    })

    it('keeps duplicate keys (the policy parser reports them)', () => {
      const { root } = parseJsonText('{"a": 1, "a": 2}')
      expect(root?.type === 'object' && root.props.map((p) => p.key)).toEqual(['a', 'a'])
    })
  })

  describe('syntax errors', () => {
    it('locates an error with line and column in the message and a span at the fault', () => {
      const text = '{\n  "Effect": "Allow",\n  "Action" "s3:GetObject"\n}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics[0]).toMatchObject({ code: 'json-syntax', severity: 'error' })
      expect(diagnostics[0]!.message).toContain('line 3, column 12')
      expect(diagnostics[0]!.span?.from).toBe(text.indexOf('"s3:GetObject"'))
    })

    it('counts columns in UTF-16 units after emoji, matching the span', () => {
      const text = '{"Sid": "😀", "Effect" 1}'
      const d = parseJsonText(text).diagnostics[0]!
      const { line, column } = lineColumn(text, d.span!.from)
      expect(d.message).toContain(`line ${line}, column ${column}`)
      expect(column).toBe(text.indexOf('1}') + 1)
    })

    it('collects several syntax errors, not only the first', () => {
      const text = '{"a" 1, "b": tru, "c": [1 2]}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics.length).toBeGreaterThanOrEqual(3)
      expect(diagnostics.every((d) => d.code === 'json-syntax')).toBe(true)
      const lines = diagnostics.map((d) => d.message)
      expect(lines.some((m) => m.includes('colon expected'))).toBe(true)
      expect(lines.some((m) => m.includes('comma expected'))).toBe(true)
    })

    it('refuses `//` comments, with help saying comments are not allowed', () => {
      const text = '{\n  // who may read\n  "a": 1\n}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]!.help).toMatch(/comments are not allowed/)
      expect(sliceSpan(text, diagnostics[0]!.span)).toBe('// who may read')
    })

    it('refuses `/* */` comments', () => {
      const text = '{"a": 1 /* note */}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics).toHaveLength(1)
      expect(sliceSpan(text, diagnostics[0]!.span)).toBe('/* note */')
    })

    it('refuses a trailing comma in an array', () => {
      const text = '["s3:GetObject",]'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics.length).toBeGreaterThan(0)
      expect(diagnostics[0]!.span?.from).toBe(text.indexOf(']'))
    })

    it('refuses a trailing comma in an object', () => {
      const text = '{"a": 1,}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics.length).toBeGreaterThan(0)
      expect(diagnostics[0]!.help).toMatch(/trailing comma/)
    })

    it('refuses single-quoted strings', () => {
      expect(parseJsonText("{'a': 1}").diagnostics[0]!.help).toMatch(/double quotes/)
    })

    it('refuses text after the end of the value', () => {
      const text = '{"a": 1}\n{"b": 2}'
      const { diagnostics } = parseJsonText(text)
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]!.message).toContain('line 2, column 1')
    })

    it.each([
      ['empty text', ''],
      ['only whitespace', '  \n  '],
    ])('refuses %s with a located error and no tree', (_, text) => {
      const r = parseJsonText(text)
      expect(r.root).toBeUndefined()
      expect(r.diagnostics).toHaveLength(1)
      expect(r.diagnostics[0]).toMatchObject({ code: 'json-syntax', severity: 'error' })
    })

    it.each([
      ['empty text', ''],
      ['an unclosed object', '{"a": 1'],
    ])('keeps every error span inside the text (%s)', (_, text) => {
      // INVARIANT: a span is a range of the text; CodeMirror rejects positions past the end of the document.
      for (const d of parseJsonText(text).diagnostics) {
        expect(d.span!.from).toBeLessThanOrEqual(d.span!.to)
        expect(d.span!.to).toBeLessThanOrEqual(text.length)
      }
    })

    it('still builds the tree it could read around an error', () => {
      const { root, diagnostics } = parseJsonText('{"a": 1, "b" 2, "c": 3}')
      expect(diagnostics.length).toBeGreaterThan(0)
      expect(root?.type === 'object' && root.props.map((p) => p.key)).toContain('c')
    })
  })
})

describe(lineColumn, () => {
  it('is 1-based', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 })
  })

  it('counts lines by `\\n`', () => {
    const text = 'ab\ncd\nef'
    expect(lineColumn(text, text.indexOf('d'))).toEqual({ line: 2, column: 2 })
    expect(lineColumn(text, text.indexOf('e'))).toEqual({ line: 3, column: 1 })
  })

  it('the offset of a newline is the end of its line', () => {
    expect(lineColumn('ab\ncd', 2)).toEqual({ line: 1, column: 3 })
  })

  it('counts columns in UTF-16 units', () => {
    expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 3 })
  })

  it('accepts the offset at the very end', () => {
    expect(lineColumn('ab\n', 3)).toEqual({ line: 2, column: 1 })
  })
})

describe(fromValue, () => {
  it('turns a plain object into a tree without spans', () => {
    expect(fromValue({ a: ['x', 1, true, null] })).toEqual({
      type: 'object',
      props: [
        {
          key: 'a',
          value: {
            type: 'array',
            items: [
              { type: 'string', value: 'x' },
              { type: 'number', value: 1, raw: '1' },
              { type: 'boolean', value: true },
              { type: 'null' },
            ],
          },
        },
      ],
    })
  })

  it('drops members whose value is undefined, as JSON.stringify does', () => {
    expect(fromValue({ a: undefined, b: 1 })).toMatchObject({ props: [{ key: 'b' }] })
  })

  it('reports a cycle instead of recursing forever', () => {
    const a: Record<string, unknown> = {}
    a.self = a
    expect(fromValue(a)).toBe('a cycle')
  })

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { x: 1 }
    expect(typeof fromValue({ a: shared, b: [shared, shared] })).toBe('object')
  })

  it.each([
    ['a function', () => 1, 'a function, which JSON cannot hold'],
    ['NaN', Number.NaN, 'a number that JSON cannot hold'],
    ['Infinity', Number.POSITIVE_INFINITY, 'a number that JSON cannot hold'],
    ['a bigint', BigInt(1), 'a bigint, which JSON cannot hold'],
    ['a symbol', Symbol('s'), 'a symbol, which JSON cannot hold'],
  ])('reports %s as a message', (_, value, message) => {
    expect(fromValue({ a: value })).toBe(message)
  })

  it('stops at the nesting limit with a message', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 1000; i++) deep = [deep]
    expect(fromValue(deep)).toMatch(/nested more than \d+ levels deep/)
  })
})
