// Scenario files: exporting a workspace, reading an imported file, and planning where an import goes.
import type { Node } from 'jsonc-parser'
import type { LocalizedText, Scenario } from '../../engine/index'
import type { ScenarioIssue } from '../../engine/index'
import type { Span } from '../../engine/index'
import { t } from '../i18n'
import type { Workspace, WorkspaceSummary } from '../store/rows'
import { scenarioParser, scenarioParserReady } from '../store/scenario-parser'
import { sameName, uniqueName } from './unique-name'

export { uniqueName }

/** The largest scenario file imported, in bytes (UTF-8). */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024

/** The longest file name stem written, in characters (well under every file system's 255-byte limit). */
const MAX_STEM = 80

/** A file to download. */
export interface ScenarioFile {
  fileName: string
  text: string
}

/**
 * A scenario problem placed in the file: syntax errors by their span, others by their JSON pointer (the key at
 * fault, or the nearest enclosing value that exists). Line and column are 1-based; `formatIssue` prints the issue.
 */
export type LocatedIssue = ScenarioIssue & { line?: number; column?: number }

/** What reading a file gave: the scenario and its warnings, or every reason it cannot be imported. */
export type ScenarioFileRead =
  { ok: true; scenario: Scenario; issues: LocatedIssue[] } | { ok: false; issues: LocatedIssue[] }

/** Where an import goes. It never overwrites: a name clash is the user's choice (replace that one, or keep both). */
export type ImportPlan =
  { kind: 'create'; name: string } | { kind: 'clash'; name: string; existing: WorkspaceSummary; copyName: string }

/** A workspace as a scenario file: pretty JSON (2 spaces, final newline) named after the workspace. */
export function toScenarioFile(ws: Pick<Workspace, 'name' | 'scenario'>): ScenarioFile {
  return { fileName: scenarioFileName(ws.name), text: `${JSON.stringify(ws.scenario, null, 2)}\n` }
}

/**
 * A safe file name for a workspace name: letters of any script are kept; path separators, characters Windows
 * forbids, control and invisible format characters (bidi overrides could disguise the extension) are not;
 * device names (`CON`, `NUL`, ...) are avoided. Always ends in `.json`.
 */
export function scenarioFileName(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/\s+/g, '-')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/-{2,}/g, '-')
  stem = Array.from(stem).slice(0, MAX_STEM).join('')
  stem = stem.replace(/^[.\-_]+|[.\-_\s]+$/g, '')
  if (stem === '') return 'scenario.json'
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem = `${stem}-scenario`
  return `${stem}.json`
}

/**
 * Reads scenario file text: refuses more than {@link MAX_SCENARIO_FILE_BYTES}, then parses and checks it (older
 * formats are migrated; hostile keys such as `__proto__` are errors). Syntax errors carry their line and column.
 * The scenario checker must have loaded ({@link readScenarioBlob} loads it).
 */
export function readScenarioFile(text: string): ScenarioFileRead {
  const bytes = utf8Length(text, MAX_SCENARIO_FILE_BYTES)
  if (bytes > MAX_SCENARIO_FILE_BYTES) return tooLarge()
  const parsed = scenarioParser().parseScenarioText(text)
  const locate = locator(text)
  if (!parsed.ok) return { ok: false, issues: [...parsed.errors, ...parsed.warnings].map(locate) }
  return { ok: true, scenario: parsed.scenario, issues: parsed.warnings.map(locate) }
}

/** Reads a picked or dropped file, checking its size before reading it into memory. */
export async function readScenarioBlob(file: Blob): Promise<ScenarioFileRead> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) return tooLarge()
  const [text] = await Promise.all([file.text(), scenarioParserReady()])
  return readScenarioFile(text)
}

/**
 * Decides where an imported scenario goes: a new workspace named after its title (or the file), or, when a
 * workspace already has that name, a clash for the user to settle.
 */
export function planImport(existing: readonly WorkspaceSummary[], scenario: Scenario, fileName?: string): ImportPlan {
  const name = importName(scenario, fileName)
  const clash = existing.find((ws) => sameName(ws.name, name))
  if (!clash) return { kind: 'create', name }
  return { kind: 'clash', name, existing: clash, copyName: uniqueName(name, existing) }
}

/** The name for an imported scenario: its English title, else the file name without `.json`, else the catalog's `Imported scenario`. */
export function importName(scenario: Scenario, fileName?: string): string {
  const title = englishText(scenario.title).replace(/\s+/g, ' ').trim()
  if (title) return title
  const stem = (fileName ?? '').replace(/\.json$/i, '').trim()
  return stem || t('workspace.importedName')
}

function englishText(text: LocalizedText | undefined): string {
  if (typeof text === 'string') return text
  return typeof text?.en === 'string' ? text.en : ''
}

function tooLarge(): ScenarioFileRead {
  const message = t('fileImport.tooLarge', { mb: MAX_SCENARIO_FILE_BYTES / 1024 / 1024 })
  return { ok: false, issues: [{ path: '', message, severity: 'error' }] }
}

/** Places issues in `text`; the text is parsed into a located tree only if some issue needs it. */
function locator(text: string): (issue: ScenarioIssue) => LocatedIssue {
  let lineStarts: number[] | undefined
  let root: Node | undefined | null = null
  const at = (issue: ScenarioIssue, span: Span): LocatedIssue => {
    lineStarts ??= lineStartsOf(text)
    const line = lastAtOrBefore(lineStarts, span.from)
    return { ...issue, span, line: line + 1, column: span.from - lineStarts[line]! + 1 }
  }
  return (issue) => {
    if (issue.span) return at(issue, issue.span)
    if (issue.path === '') return issue // About the whole file: no place to point at.
    if (root === null) root = scenarioParser().parseTree(text)
    const node = root && nodeAt(root, issue.path)
    if (!node) return issue
    // Cover the key of a member (`"groups": ...` → `"groups"`), as the editor underlines keys.
    const target = node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node
    return at(issue, { from: target.offset, to: target.offset + target.length })
  }
}

/** The deepest node on a JSON pointer's way (the value itself when it exists). */
function nodeAt(root: Node, pointer: string): Node {
  let node = root
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/')
  for (const raw of tokens) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    let next: Node | undefined
    if (node.type === 'object') {
      next = node.children?.find((p) => p.children?.[0]?.value === token)?.children?.[1]
    } else if (node.type === 'array' && /^\d+$/.test(token)) {
      next = node.children?.[Number(token)]
    }
    if (!next) break
    node = next
  }
  return node
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** The index of the last item of sorted `list` that is <= `value`. */
function lastAtOrBefore(list: readonly number[], value: number): number {
  let lo = 0
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (list[mid]! <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** UTF-8 length of `text`, counting no further than just past `limit` (a huge text stops early). */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length // At least one byte per UTF-16 unit: over the limit already.
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // A surrogate pair: one code point of four bytes.
      i++
    } else bytes += 3
  }
  return bytes
}
