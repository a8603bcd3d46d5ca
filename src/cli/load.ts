// Reading the files named on the command line: directories and leftover globs become files, each file becomes a
// scenario or a lesson, or problems located as `file:line:column`.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser'
import {
  LESSON_FORMAT,
  formatIssue,
  lineColumn,
  parseLesson,
  parseScenario,
  parseScenarioText,
  type Lesson,
  type Scenario,
  type ScenarioIssue,
} from '../engine/index'

/** One file as read: what it holds, or why it cannot be used. */
export type LoadedFile =
  | { kind: 'scenario'; file: string; scenario: Scenario; warnings: string[] }
  | { kind: 'lesson'; file: string; lesson: Lesson; warnings: string[] }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'invalid'; file: string; errors: string[] }

const isSchemaName = (name: string) => name.endsWith('.schema.json')

/** `*` and `?` of a file name (a glob the shell left alone, e.g. quoted or on Windows) as a regular expression. */
function nameGlob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '[^/]*')
    .replaceAll('?', '[^/]')
  return new RegExp(`^${body}$`)
}

/** The `.json` files directly in `dir`, sorted, without JSON Schema files. */
function jsonFilesIn(dir: string, match: (name: string) => boolean = (n) => n.endsWith('.json')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && match(e.name) && !isSchemaName(e.name))
    .map((e) => join(dir, e.name))
    .sort()
}

/**
 * The files the paths name: a file as itself, a directory as the `.json` files directly in it, a file-name glob
 * (`dir/*.json`) as its matches. A path that names nothing stays, to be reported as unreadable.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = []
  for (const path of paths) {
    let isDir = false
    try {
      isDir = statSync(path).isDirectory()
    } catch {
      const name = basename(path)
      if (/[*?]/.test(name) && !/[*?]/.test(dirname(path))) {
        const re = nameGlob(name)
        try {
          out.push(...jsonFilesIn(dirname(path), (n) => re.test(n)))
          continue
        } catch {
          // the directory does not exist either: reported below
        }
      }
    }
    if (isDir) out.push(...jsonFilesIn(path))
    else out.push(path)
  }
  return [...new Set(out)] // a file named twice (a glob and its directory) runs once
}

/** The JSON pointer's tokens, array indexes as numbers (RFC 6901 unescaping). */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => (/^\d+$/.test(t) ? Number(t) : t.replaceAll('~1', '/').replaceAll('~0', '~')))
}

/** The offset of the value at `pointer`, or of its nearest parent that exists (a missing field: its object). */
function offsetOf(tree: Node | undefined, pointer: string): number | undefined {
  if (!tree) return undefined
  const path = pointerPath(pointer)
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n))
    if (node) return node.offset
  }
  return undefined
}

const AT_LINE = / at line (\d+), column (\d+)/

/** `file:line:column: /path: message` for each issue (the position from its span, or found from its path). */
function located(file: string, text: string, issues: readonly ScenarioIssue[]): string[] {
  let tree: Node | undefined
  let parsed = false
  return issues.map((issue) => {
    // A syntax error says where in its words ("at line 4, column 31"): that place leads the line instead.
    const said = AT_LINE.exec(issue.message)
    if (said)
      return `${file}:${said[1]}:${said[2]}: ${formatIssue({ ...issue, message: issue.message.replace(said[0], '') })}`
    let offset = issue.span?.from
    if (offset === undefined) {
      if (!parsed) tree = parseTree(text)
      parsed = true
      offset = offsetOf(tree, issue.path)
    }
    if (offset === undefined) return `${file}: ${formatIssue(issue)}`
    const { line, column } = lineColumn(text, offset)
    return `${file}:${line}:${column}: ${formatIssue(issue)}`
  })
}

/** Reads one file as a scenario or a lesson (by its `format`); never throws. */
export function loadFile(file: string): LoadedFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (e as Error).message
    return { kind: 'invalid', file, errors: [`${file}: cannot read: ${why}`] }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The engine's scenario reader locates JSON syntax errors (line and column) in text up to a policy's size; past
    // that its one message gets the position of jsonc-parser's first error.
    const syntax = parseScenarioText(text)
    const errors = syntax.ok ? [] : syntax.errors
    const first: ParseError[] = []
    if (errors.some((e) => !e.span)) parseTree(text, first)
    const at = first[0] && { from: first[0].offset, to: first[0].offset + first[0].length }
    return {
      kind: 'invalid',
      file,
      errors: located(
        file,
        text,
        errors.map((e) => (e.span || !at ? e : { ...e, span: at })),
      ),
    }
  }
  const format = (value as { format?: unknown } | null)?.format
  if (isSchemaName(file) && format === undefined) return { kind: 'skipped', file, reason: 'a JSON Schema' }
  if (format === LESSON_FORMAT) {
    const parsed = parseLesson(value)
    const warnings = located(file, text, parsed.warnings)
    if (!parsed.ok) return { kind: 'invalid', file, errors: located(file, text, parsed.errors) }
    return { kind: 'lesson', file, lesson: parsed.lesson, warnings }
  }
  const parsed = parseScenario(value)
  const warnings = located(file, text, parsed.warnings)
  if (!parsed.ok) return { kind: 'invalid', file, errors: located(file, text, parsed.errors) }
  return { kind: 'scenario', file, scenario: parsed.scenario, warnings }
}
