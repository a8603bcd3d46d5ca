// The engine's folders form layers: no folder reaches, through any chain of imports (type-only ones included), a
// folder that imports it back. A folder is a top-level directory of src/engine with everything under it, except
// the few subfolders in OWN_LAYER, which sit above their parent. The front door, index.ts, imports everything and is
// left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ENGINE = resolve(__dirname, '../../../src/engine')

/**
 * Subfolders that are a layer of their own: the scenario edits build on the format (`scenario`) and on the credential
 * rules (`credentials`), which build on the format too.
 */
const OWN_LAYER = ['scenario/edits']

/** Folder cycles that predate this test, untangled elsewhere; a new cycle, or one of these gone, fails it. */
const KNOWN_CYCLES = [['conditions', 'evaluate', 'policy', 'trace']]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

/** The folder of a file or directory (relative to src/engine; `.` for its top-level files). */
function folderOf(path: string): string {
  const rel = relative(ENGINE, path)
  const own = OWN_LAYER.find((f) => rel === f || rel.startsWith(`${f}/`))
  if (own) return own
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.'
}

/** `a -> b` edges between folders. */
function folderEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const file of sourceFiles(ENGINE)) {
    if (file === join(ENGINE, 'index.ts')) continue
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!)
      if (!target.startsWith(ENGINE)) continue
      // `./x` names x.ts (or a data file) in its directory, `./dir` the index of a directory.
      const to = folderOf(existsSync(join(target, 'index.ts')) ? join(target, 'index.ts') : target)
      const from = folderOf(file)
      if (from === to) continue
      if (!edges.has(from)) edges.set(from, new Set())
      edges.get(from)!.add(to)
    }
  }
  return edges
}

/** The strongly connected components with more than one folder (Tarjan), each sorted, sorted by first folder. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1) found.push(component.sort())
  }
  for (const v of edges.keys()) if (!index.has(v)) visit(v)
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

describe('engine folders', () => {
  it('import each other without cycles', () => {
    expect(cycles(folderEdges())).toEqual(KNOWN_CYCLES)
  })

  it('keep the scenario format below simulation, activity and credentials', () => {
    const edges = folderEdges()
    for (const upper of ['account', 'activity', 'credentials']) expect(edges.get('scenario')).not.toContain(upper)
  })
})
