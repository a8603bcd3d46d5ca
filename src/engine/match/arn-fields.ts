// An ARN's fields, apart from the wildcard matching (./arn.ts): the app reads an ARN's parts (a resource's short
// name, a finding's account) without loading the matcher.

/** The six colon-separated parts of an ARN: `arn:partition:service:region:account:resource`. */
export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon (may itself hold `:` and `/`). */
  resource: string
}

/** Parses an ARN; undefined when the text does not start with `arn:` or has fewer than six parts. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined
  const fields = splitFields(text)
  if (fields.length < 6) return undefined
  const [, partition, service, region, account, resource] = fields as [string, string, string, string, string, string]
  return { partition, service, region, account, resource }
}

// The resource of one request is matched against many patterns in a row: split it once.
let lastText: string | undefined
let lastFields: string[] = []

/** {@link splitArn}, remembering the last text. */
export function splitFields(text: string): string[] {
  if (text === lastText) return lastFields
  const fields = splitArn(text)
  lastText = text
  lastFields = fields
  return fields
}

/**
 * Splits an ARN, or a pattern for one, on its first five colons: at most six fields, the last keeping its colons
 * (`arn:aws:s3:::bucket` gives six, the region and account empty). A text with fewer colons gives fewer fields.
 */
export function splitArn(text: string): string[] {
  const fields: string[] = []
  let start = 0
  for (let i = 0; i < 5; i++) {
    const at = text.indexOf(':', start)
    if (at < 0) break
    fields.push(text.slice(start, at))
    start = at + 1
  }
  fields.push(text.slice(start))
  return fields
}
