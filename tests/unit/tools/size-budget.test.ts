// The size budget counts what a browser loads before the first answer: the page's static imports, the dynamic
// imports the mode triggers, the worker and the worker's static imports; the worker's lazy imports only where an entry
// names them.
import { describe, expect, it } from 'vitest'
import {
  dynamicImports,
  entryFiles,
  gzipSize,
  measure,
  staticImports,
  table,
  type Manifest,
} from '../../../tools/size-budget.mjs'

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    imports: ['_shared.js'],
    assets: ['assets/engine.worker-w1.js', 'assets/logo-x.svg'],
  },
  '_shared.js': { file: 'assets/shared-b.js' },
  'src/views/GraphView.svelte': { file: 'assets/GraphView-c.js', imports: ['_shared.js', '_dagre.js'] },
  '_dagre.js': { file: 'assets/dagre-d.js' },
  'src/views/MatrixView.svelte': { file: 'assets/MatrixView-e.js' },
  'src/app.css': { file: 'assets/index-f.css' },
}

const files: Record<string, string> = {
  'assets/index-a.js': 'import{s}from"./shared-b.js";s();const later=()=>import("./GraphView-c.js")',
  'assets/shared-b.js': 'export const s=()=>1',
  'assets/GraphView-c.js': 'export default 1',
  'assets/dagre-d.js': 'export default 2',
  'assets/MatrixView-e.js': 'export default 3',
  // The worker's first answer needs its core; the audit loads on demand.
  'assets/engine.worker-w1.js':
    'import"./core-g.js";export*from"./util-h.js";const a=()=>import("./audit-i.js"),b=()=>import(`./scenario-text-AbCd_1-2.js`)',
  'assets/core-g.js': 'import{u}from"./util-h.js";export const c=u',
  'assets/util-h.js': 'export const u="x".repeat(500)',
  'assets/audit-i.js': 'export const audit=1',
  // A link's scenario checker, which the worker loads on demand; it shares the audit's chunk and brings a parser.
  'assets/scenario-text-AbCd_1-2.js': 'import"./audit-i.js";import{p}from"./parse-Zz00zz00.js";export const s=p',
  'assets/parse-Zz00zz00.js': 'export const p=1',
  // The page's own copy (its in-page fallback): never the worker's.
  'assets/scenario-text-PageCopy.js': 'export const s=2',
}
const read = (file: string) => {
  const text = files[file]
  if (text === undefined) throw new Error(`no file ${file}`)
  return text
}

describe('staticImports', () => {
  it('finds import and export-from specifiers, never dynamic import()', () => {
    expect(staticImports(files['assets/engine.worker-w1.js']!)).toEqual(['./core-g.js', './util-h.js'])
  })
})

describe('dynamicImports', () => {
  it('finds import() with quotes or backticks, never static imports', () => {
    expect(dynamicImports(files['assets/engine.worker-w1.js']!)).toEqual([
      './audit-i.js',
      './scenario-text-AbCd_1-2.js',
    ])
  })
})

describe('entryFiles', () => {
  it('counts the page, its static imports, the worker and its static imports; not lazy chunks', () => {
    expect(entryFiles(manifest, { html: 'index.html', limit: 1, target: 1 }, read)).toEqual([
      'assets/core-g.js',
      'assets/engine.worker-w1.js',
      'assets/index-a.js',
      'assets/shared-b.js',
      'assets/util-h.js',
    ])
  })

  it('adds the closure of the dynamic imports a mode triggers before its first answer', () => {
    const graph = entryFiles(
      manifest,
      { html: 'index.html', dynamic: ['src/views/GraphView.svelte'], limit: 1, target: 1 },
      read,
    )
    expect(graph).toContain('assets/GraphView-c.js')
    expect(graph).toContain('assets/dagre-d.js')
    expect(graph).not.toContain('assets/MatrixView-e.js')
  })

  it('adds a worker dynamic import the entry names, with its static imports, found among what the worker loads', () => {
    const linked = entryFiles(
      manifest,
      { html: 'index.html', workerDynamic: ['workers/later/scenario-text.ts'], limit: 1, target: 1 },
      read,
    )
    expect(linked).toEqual([
      'assets/audit-i.js',
      'assets/core-g.js',
      'assets/engine.worker-w1.js',
      'assets/index-a.js',
      'assets/parse-Zz00zz00.js',
      'assets/scenario-text-AbCd_1-2.js',
      'assets/shared-b.js',
      'assets/util-h.js',
    ])
  })

  it('fails on a worker dynamic import the worker never loads, or whose name is not its module’s', () => {
    const entry = (source: string) => ({ html: 'index.html', workerDynamic: [source], limit: 1, target: 1 })
    expect(() => entryFiles(manifest, entry('workers/later/gone.ts'), read)).toThrow(
      /no chunk of "workers\/later\/gone\.ts"/,
    )
    // `scenario` is not `scenario-text`: the hash after the name is 8 characters.
    expect(() => entryFiles(manifest, entry('workers/later/scenario.ts'), read)).toThrow(/no chunk/)
  })

  it('fails on a name the manifest does not hold, rather than counting less', () => {
    expect(() =>
      entryFiles(manifest, { html: 'index.html', dynamic: ['src/views/Gone.svelte'], limit: 1, target: 1 }, read),
    ).toThrow(/Gone\.svelte/)
  })
})

describe('measure', () => {
  const budget = (limit: number) => ({ entries: { app: { html: 'index.html', limit, target: 1 } } })
  const bytes = (file: string) => Buffer.from(read(file))
  const total = [
    'assets/core-g.js',
    'assets/engine.worker-w1.js',
    'assets/index-a.js',
    'assets/shared-b.js',
    'assets/util-h.js',
  ]
    .map((f) => gzipSize(bytes(f)))
    .reduce((a, b) => a + b, 0)

  it('sums the gzip sizes of the files and passes within the limit', () => {
    const [row] = measure(manifest, budget(total), bytes)
    expect(row?.gzip).toBe(total)
    expect(row?.over).toBe(false)
  })

  it('marks an entry over its limit', () => {
    const [row] = measure(manifest, budget(total - 1), bytes)
    expect(row?.over).toBe(true)
  })

  it('prints a dash for an entry with a limit and no target', () => {
    const rows = measure(manifest, { entries: { 'app, later': { html: 'index.html', limit: total } } }, bytes)
    expect(table(rows).split('\n')[1]).toMatch(/^app, later\s+[\d.]+ kB\s+[\d.]+ kB\s+— {2}ok$/)
  })

  it('is deterministic', () => {
    expect(gzipSize(bytes('assets/util-h.js'))).toBe(gzipSize(bytes('assets/util-h.js')))
    expect(gzipSize(bytes('assets/util-h.js'))).toBeLessThan(500)
  })
})
