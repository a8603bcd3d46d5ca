// `Action`/`NotAction` values holding a comma or whitespace (`"s3:GetObject,PutObject"`, `"s3:Get Object"`): AWS
// accepts such a policy, but reads the value as one literal action name, which matches no request's action.
// The parser lets them through, the validator warns about them, and its quick fix splits them.

/** The shape of one `Action` value: a service prefix, a colon and a name; `*` and `?` are the only wildcards. */
export const ACTION_SHAPE = /^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_.-]*$/

const SEPARATOR = /[\s,]/

/** True when an action value holds a comma or whitespace (then it matches no action). */
export function hasActionSeparator(value: string): boolean {
  return SEPARATOR.test(value)
}

/**
 * The actions a value holding commas or whitespace was meant to list, trimmed, in order, without repeats:
 * `"s3:GetObject, PutObject"` → `s3:GetObject`, `s3:PutObject` (an item without a service prefix takes the one
 * before it; whitespace around a colon is dropped). Undefined when the value holds no comma or whitespace, or when
 * an item would still not be an action (`"s3:Get#Object, PutObject"`, `"GetObject, s3:PutObject"`).
 */
export function splitActionList(value: string): string[] | undefined {
  if (!hasActionSeparator(value)) return undefined
  const tokens = value
    .replace(/\s*:\s*/g, ':')
    .split(/[\s,]+/)
    .filter((t) => t !== '')
  const out: string[] = []
  let prefix: string | undefined
  let bare: string | undefined
  for (const token of tokens) {
    const colon = token.indexOf(':')
    let item: string
    if (token === '*') item = token
    else if (colon >= 0) {
      prefix = token.slice(0, colon)
      // `s3:` followed by a separator only names the service of the items after it.
      if (colon === token.length - 1) {
        bare ??= token
        continue
      }
      item = token
    } else if (prefix !== undefined) item = `${prefix}:${token}`
    else return undefined
    if (item !== '*' && !ACTION_SHAPE.test(item)) return undefined
    if (!out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item)
  }
  if (out.length > 0) return out
  return bare !== undefined && ACTION_SHAPE.test(bare) ? [bare] : undefined
}
