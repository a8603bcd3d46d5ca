// Condition key templates: `aws:RequestTag/${TagKey}` and `s3:ExistingObjectTag/<key>` stand for many concrete keys.

const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/g
const cache = new Map<string, RegExp | string>()

/** True when the key name holds a placeholder (`${TagKey}`, `<key>`). */
export function isKeyTemplate(key: string): boolean {
  return key.includes('${') || key.includes('<')
}

/**
 * The matcher of a key template: a case-insensitive regular expression where each placeholder stands for one or
 * more characters, or the lower-case key itself when it has no placeholder.
 */
function compiled(template: string): RegExp | string {
  let m = cache.get(template)
  if (m === undefined) {
    if (!isKeyTemplate(template)) m = template.toLowerCase()
    else {
      const parts = template.split(PLACEHOLDER).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      m = new RegExp(`^${parts.join('.+')}$`, 'i')
    }
    // The catalog has a few thousand templates at most; the cache stays small.
    cache.set(template, m)
  }
  return m
}

/**
 * True when `key` is the key `template` names: equal ignoring case, or filling its placeholders
 * (`aws:RequestTag/team` fits `aws:RequestTag/${TagKey}`). A key written as the template itself also fits.
 */
export function keyMatches(template: string, key: string): boolean {
  const m = compiled(template)
  const lower = key.toLowerCase()
  if (typeof m === 'string') return m === lower
  return m.test(key) || template.toLowerCase() === lower
}
