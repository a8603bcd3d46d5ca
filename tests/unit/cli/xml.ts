// Tests only: a small, strict reader of the XML the CLI writes (elements, attributes, text, the five entities and
// character references). It throws on anything not well-formed, so a test that reads a report back checks it too.

/** One element: its attributes and text unescaped. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const NAME = /^[A-Za-z_][\w.-]*/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/ // eslint-disable-line no-control-regex

/** Character data with its references resolved; a bare `&` or `<` is an error. */
function unescape(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`"<" in character data at ${where}`)
  if (FORBIDDEN.test(raw)) throw new Error(`a character XML forbids at ${where}`)
  return raw.replace(/&([^;]*);?/g, (all, ref: string) => {
    if (!all.endsWith(';')) throw new Error(`unterminated reference at ${where}`)
    if (ref in ENTITIES) return ENTITIES[ref]!
    const code = /^#x[0-9a-fA-F]+$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#\d+$/.test(ref)
        ? Number(ref.slice(1))
        : NaN
    if (Number.isNaN(code)) throw new Error(`unknown reference &${ref}; at ${where}`)
    return String.fromCodePoint(code)
  })
}

/** Parses a whole document (an optional XML declaration, then one root element). */
export function parseXml(text: string): XmlElement {
  let i = 0
  const declaration = /^<\?xml [^?]*\?>\s*/.exec(text)
  if (declaration) i = declaration[0].length
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  while (i < text.length) {
    if (text[i] !== '<') {
      const end = text.indexOf('<', i)
      const raw = text.slice(i, end < 0 ? text.length : end)
      if (stack.length === 0) {
        if (raw.trim()) throw new Error(`text outside the root element at ${i}`)
      } else stack.at(-1)!.text += unescape(raw, i)
      i = end < 0 ? text.length : end
      continue
    }
    if (text.startsWith('</', i)) {
      const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(text.slice(i))
      const open = stack.pop()
      if (!close || !open || close[1] !== open.name) throw new Error(`mismatched end tag at ${i}`)
      i += close[0].length
      continue
    }
    const tag = NAME.exec(text.slice(i + 1))
    if (!tag) throw new Error(`bad tag at ${i}`)
    const element: XmlElement = { name: tag[0], attributes: {}, children: [], text: '' }
    i += 1 + tag[0].length
    for (;;) {
      const space = /^\s*/.exec(text.slice(i))![0]
      i += space.length
      if (text.startsWith('/>', i) || text[i] === '>') break
      const attr = /^([A-Za-z_][\w.-]*)="([^"]*)"/.exec(text.slice(i))
      if (!attr || space === '') throw new Error(`bad attribute at ${i}`)
      if (attr[1]! in element.attributes) throw new Error(`repeated attribute ${attr[1]} at ${i}`)
      element.attributes[attr[1]!] = unescape(attr[2]!, i)
      i += attr[0].length
    }
    if (stack.length) stack.at(-1)!.children.push(element)
    else if (root) throw new Error(`a second root element at ${i}`)
    else root = element
    if (text.startsWith('/>', i)) i += 2
    else {
      i += 1
      stack.push(element)
    }
  }
  if (!root || stack.length) throw new Error('unclosed element')
  return root
}
