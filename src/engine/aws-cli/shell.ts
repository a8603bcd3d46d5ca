// Bash words for AWS CLI commands: plain when safe, else single-quoted (no glob, no expansion).

const PLAIN = /^[\w@%+=:,./-]+$/

/** `value` as one bash word. */
export function shellWord(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

/** A command over several lines: `aws iam …` then one option (with its values) per continued line. */
export function commandLines(head: string, options: [string, ...string[]][]): string {
  const lines = [head, ...options.map(([flag, ...values]) => `  ${[flag, ...values.map(shellWord)].join(' ')}`)]
  return lines.join(' \\\n')
}

/** A policy document as compact JSON text (the CLI takes it as a string). */
export function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return text
  }
}
