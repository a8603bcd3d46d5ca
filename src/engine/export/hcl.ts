// A small HCL writer: attribute values (strings, numbers, lists, objects, raw expressions) and resource blocks.

/** A raw HCL expression written as is (a reference such as `aws_iam_group.dev.name`, or a function call). */
export class HclExpr {
  /** `text` is valid HCL. */
  constructor(readonly text: string) {}
}

/** A value the writer can write. */
export type HclValue = string | number | boolean | null | HclExpr | HclValue[] | { [key: string]: HclValue }

/** A quoted HCL string: escapes quotes, backslashes, control characters and template openers (`${`, `%{`). */
export function hclString(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`
}

/** `value` as HCL, nested objects and lists indented from `indent`. */
export function hclValue(value: HclValue, indent = ''): string {
  if (value instanceof HclExpr) return value.text
  if (value === null) return 'null'
  if (typeof value === 'string') return hclString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => typeof v !== 'object' || v === null || v instanceof HclExpr)) {
      return `[${value.map((v) => hclValue(v, indent)).join(', ')}]`
    }
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)},`).join('\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${hclString(k)} = ${hclValue(v, inner)}`).join('\n')}\n${indent}}`
}

/** `jsonencode({...})` with the document written in HCL object syntax. */
export function jsonencode(document: unknown, indent = '  '): HclExpr {
  return new HclExpr(`jsonencode(${hclValue(document as HclValue, indent)})`)
}

/** A `resource "TYPE" "NAME" { ... }` block; undefined attributes are left out. */
export function resourceBlock(type: string, name: string, attributes: [string, HclValue | undefined][]): string {
  const lines = attributes
    .filter((a): a is [string, HclValue] => a[1] !== undefined)
    .map(([k, v]) => `  ${k} = ${hclValue(v, '  ')}`)
  return `resource ${hclString(type)} ${hclString(name)} {\n${lines.join('\n')}\n}\n`
}
