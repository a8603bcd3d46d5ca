// Terraform expressions as `@cdktf/hcl2json` leaves them (`"${jsonencode({ Version = "2012-10-17" })}"`): a small
// parser and evaluator for the part of the language IAM configurations use — literals, objects, tuples, template
// strings, references and `jsonencode`/`join`/`format`-free function calls. Anything else is left open.

/** A value the expression does not determine: a reference to fill in, or an expression not evaluated. */
export class Open {
  constructor(
    /** What to fill in (`var.account_id`), or the expression text. */
    readonly ref: string,
    /** Why: a variable without default, a reference the input cannot resolve, or an expression not evaluated. */
    readonly why: 'variable' | 'reference' | 'expression',
  ) {}
}

/** Resolves a reference (`var.x`, `local.y`, `aws_iam_policy.p.arn`) given as its dotted parts. */
export type Lookup = (parts: readonly string[]) => unknown

class Stop extends Error {}

/** Evaluates a string from hcl2json: a template with `${…}` interpolations (`$${` is a literal `${`). */
export function evaluateTemplate(text: string, lookup: Lookup, onOpen: (open: Open) => void): unknown {
  const p = new Parser(text, lookup, onOpen)
  return p.template(text.length, false)
}

/** Turns a value into text for a template or `jsonencode`: an open value becomes its `${ref}` placeholder. */
export function placeholder(value: unknown): unknown {
  if (value instanceof Open) return `\${${value.ref}}`
  if (Array.isArray(value)) return value.map(placeholder)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, placeholder(v)]))
  }
  return value
}

class Parser {
  private i = 0

  constructor(
    private readonly s: string,
    private readonly lookup: Lookup,
    private readonly onOpen: (open: Open) => void,
  ) {}

  /** A template up to `end` (or a closing quote when `quoted`): a lone interpolation keeps its value's type. */
  template(end: number, quoted: boolean): unknown {
    const parts: unknown[] = []
    let text = ''
    while (this.i < end) {
      const c = this.s[this.i]!
      if (quoted && c === '"') break
      if (quoted && c === '\\') {
        const n = this.s[this.i + 1]
        text += n === 'n' ? '\n' : n === 't' ? '\t' : (n ?? '')
        this.i += 2
        continue
      }
      if (this.s.startsWith('$${', this.i)) {
        text += '${'
        this.i += 3
        continue
      }
      if (this.s.startsWith('${', this.i)) {
        if (text) parts.push(text)
        text = ''
        this.i += 2
        const start = this.i
        let value: unknown
        try {
          value = this.expression()
          this.space()
          if (this.s[this.i] !== '}') throw new Stop()
          this.i++
        } catch (e) {
          if (!(e instanceof Stop)) throw e
          const close = this.skipTo(start)
          value = new Open(this.s.slice(start, close).trim(), 'expression')
          this.onOpen(value as Open)
          this.i = close + 1
        }
        parts.push(value)
        continue
      }
      text += c
      this.i++
    }
    if (text) parts.push(text)
    if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]
    if (parts.length === 0) return ''
    return parts.map((p) => (typeof p === 'string' ? p : stringOf(p))).join('')
  }

  /** The index of the `}` closing an interpolation that starts at `start`, skipping nested braces and strings. */
  private skipTo(start: number): number {
    let depth = 0
    for (let j = start; j < this.s.length; j++) {
      const c = this.s[j]
      if (c === '"') {
        for (j++; j < this.s.length && this.s[j] !== '"'; j++) if (this.s[j] === '\\') j++
      } else if (c === '{') depth++
      else if (c === '}') {
        if (depth === 0) return j
        depth--
      }
    }
    return this.s.length
  }

  private space(): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i]!
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++
      else if (c === '#' || this.s.startsWith('//', this.i)) {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++
      } else break
    }
  }

  private expression(): unknown {
    this.space()
    const c = this.s[this.i]
    let value: unknown
    if (c === '{') value = this.object()
    else if (c === '[') value = this.tuple()
    else if (c === '"') {
      this.i++
      value = this.template(this.s.length, true)
      if (this.s[this.i] !== '"') throw new Stop()
      this.i++
    } else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i))
      if (!m) throw new Stop()
      this.i += m[0].length
      value = Number(m[0])
    } else if (c !== undefined && /[A-Za-z_]/.test(c)) value = this.identifier()
    else throw new Stop()
    this.space()
    // Operators, conditionals and `for` are not evaluated.
    if (this.i < this.s.length && /[?:!=<>&|+*/%]/.test(this.s[this.i]!) && !this.s.startsWith('=>', this.i)) {
      if (this.s[this.i] === ':' || this.s[this.i] === '=') return value
      throw new Stop()
    }
    return value
  }

  private identifier(): unknown {
    const word = () => {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.s.slice(this.i))
      if (!m) throw new Stop()
      this.i += m[0].length
      return m[0]
    }
    const first = word()
    if (first === 'true' || first === 'false') return first === 'true'
    if (first === 'null') return null
    if (first === 'for') throw new Stop()
    this.space()
    if (this.s[this.i] === '(') return this.call(first)
    const parts = [first]
    for (;;) {
      if (this.s[this.i] === '.') {
        this.i++
        if (this.s[this.i] === '*') throw new Stop()
        parts.push(word())
      } else if (this.s[this.i] === '[') {
        // An index (`[0]`, `["key"]`): instances of `count`/`for_each` resources resolve as the resource itself.
        this.i++
        this.expression()
        this.space()
        if (this.s[this.i] !== ']') throw new Stop()
        this.i++
      } else break
    }
    return this.lookup(parts)
  }

  private call(name: string): unknown {
    this.i++
    const args: unknown[] = []
    this.space()
    while (this.s[this.i] !== ')') {
      args.push(this.expression())
      this.space()
      if (this.s[this.i] === ',') this.i++
      else if (this.s[this.i] !== ')') throw new Stop()
      this.space()
    }
    this.i++
    switch (name) {
      case 'jsonencode':
        return JSON.stringify(placeholder(args[0]))
      case 'tostring':
        return stringOf(args[0])
      case 'join':
        return Array.isArray(args[1]) ? args[1].map(stringOf).join(stringOf(args[0])) : new Open('join', 'expression')
      case 'concat':
        return args.every(Array.isArray) ? (args as unknown[][]).flat() : new Open('concat', 'expression')
      case 'lower':
        return typeof args[0] === 'string' ? args[0].toLowerCase() : new Open('lower', 'expression')
      default:
        throw new Stop()
    }
  }

  private object(): Record<string, unknown> {
    this.i++
    const out: Record<string, unknown> = {}
    for (;;) {
      this.space()
      if (this.s[this.i] === '}') {
        this.i++
        return out
      }
      let key: string
      if (this.s[this.i] === '"') {
        this.i++
        key = stringOf(this.template(this.s.length, true))
        this.i++
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_:-]*/.exec(this.s.slice(this.i))
        if (!m) throw new Stop()
        key = m[0]
        this.i += m[0].length
      }
      this.space()
      if (this.s[this.i] !== '=' && this.s[this.i] !== ':') throw new Stop()
      this.i++
      out[key] = this.expression()
      this.space()
      if (this.s[this.i] === ',') this.i++
    }
  }

  private tuple(): unknown[] {
    this.i++
    const out: unknown[] = []
    for (;;) {
      this.space()
      if (this.s[this.i] === ']') {
        this.i++
        return out
      }
      out.push(this.expression())
      this.space()
      if (this.s[this.i] === ',') this.i++
      else if (this.s[this.i] !== ']') throw new Stop()
    }
  }
}

function stringOf(v: unknown): string {
  if (typeof v === 'string') return v
  if (v instanceof Open) return `\${${v.ref}}`
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(placeholder(v))
}
