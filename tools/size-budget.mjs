// The size budget: how much JavaScript each entry point makes a browser load before its first answer, gzipped, checked
// against size-budget.json. Deterministic (same build, same numbers) and offline: it reads only the built files.
//
//   node tools/size-budget.mjs [dist]        prints a table; exits 1 when an entry is over its budget
//
// All entry points share one HTML page (index.html): what differs between the full app and an embed mode
// (`?embed&view=result`, …) is which dynamic imports that mode triggers before its first answer. So an entry in
// size-budget.json names its HTML page plus those dynamic imports (manifest keys, i.e. source paths); the script
// counts the static-import closure of each (Vite's manifest, `build.manifest`), plus the engine's Web Worker: Vite
// emits a worker as an asset of the chunk that starts it, and the worker's own static imports are followed by reading
// its `import … from "./x.js"` statements. The worker's dynamic `import()`s load on demand: an entry counts one only
// when it names it in `workerDynamic` (its source path, e.g. `workers/later/scenario-text.ts`), for a mode whose
// worker loads it before the first answer (an embed opened from a share link checks the link's scenario). The worker
// is built apart from the page and Vite's manifest does not list its chunks, so such a chunk is found by its name:
// the bundler names a dynamically imported chunk after its module (`scenario-text-<8-character hash>.js`), and the
// one chunk so named among those the worker can load is taken (none, or more than one, fails the check). The page's
// CSS is not JavaScript and is not counted.
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/**
 * A worker among a chunk's assets (e.g. `assets/engine.worker-AbC1.js`): any script Vite emits as an asset counts, so a
 * renamed worker is never missed.
 */
const WORKER_ASSET = /\.m?js$/

/** The relative static imports of a built ES module: `import"./a.js"`, `import{x}from"./b.js"`, `export*from"./c.js"`. */
export function staticImports(code) {
  const found = new Set()
  for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(match[1])
  return [...found]
}

/** The relative dynamic imports of a built ES module: `import("./a.js")`, import(`./b.js`). */
export function dynamicImports(code) {
  const found = new Set()
  for (const match of code.matchAll(/\bimport\(\s*([`"'])(\.{1,2}\/[^`"']+\.js)\1\s*\)/g)) found.add(match[2])
  return [...found]
}

/** The chunk file names a module's chunk may have: its file's name without extension, a dash, an 8-character hash. */
function chunkName(source) {
  const stem = posix.basename(source).replace(/\.[^.]+$/, '')
  return new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]{8}\\.js$`)
}

/**
 * The built JS files (paths relative to dist) an entry loads before its first answer: the static closure of its HTML
 * page and of each named dynamic import, plus the workers they start, the workers' static imports and the closure of
 * each worker dynamic import the entry names (`workerDynamic`).
 * `read(path)` returns a built file's text (for the workers). Throws on a name the manifest does not hold, so a moved
 * source file fails the check instead of silently counting less.
 */
export function entryFiles(manifest, entry, read) {
  const files = new Set()
  const seen = new Set()
  const visitChunk = (key) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`size budget: "${key}" is not in the build's manifest`)
    if (chunk.file.endsWith('.js')) files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visitChunk(imported)
    for (const asset of chunk.assets ?? []) if (WORKER_ASSET.test(asset)) visitWorkerFile(asset)
  }
  const workerFiles = []
  const visitWorkerFile = (file) => {
    if (files.has(file)) return
    files.add(file)
    workerFiles.push(file)
    for (const spec of staticImports(read(file))) visitWorkerFile(posix.join(posix.dirname(file), spec))
  }
  visitChunk(entry.html)
  for (const key of entry.dynamic ?? []) visitChunk(key)
  if (entry.workerDynamic?.length) {
    // Every chunk the worker can load (its lazy chunks and theirs, static and dynamic imports alike).
    const loadable = new Set()
    const reach = (file) => {
      if (loadable.has(file)) return
      loadable.add(file)
      const code = read(file)
      for (const spec of [...staticImports(code), ...dynamicImports(code)]) reach(posix.join(posix.dirname(file), spec))
    }
    for (const file of [...workerFiles]) reach(file)
    for (const source of entry.workerDynamic) {
      const name = chunkName(source)
      const found = [...loadable].filter((file) => name.test(posix.basename(file)))
      if (found.length !== 1)
        throw new Error(
          `size budget: the worker loads ${found.length === 0 ? 'no' : 'more than one'} chunk of "${source}"`,
        )
      visitWorkerFile(found[0])
    }
  }
  return [...files].sort()
}

/** Gzip size in bytes (level 9, as static hosts serve it at best). */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length
}

/** Each entry's files, gzip total and verdict against its limit. */
export function measure(manifest, budget, readBytes) {
  const read = (file) => readBytes(file).toString('utf8')
  return Object.entries(budget.entries).map(([name, entry]) => {
    const files = entryFiles(manifest, entry, read)
    const gzip = files.reduce((sum, file) => sum + gzipSize(readBytes(file)), 0)
    return { name, files, gzip, limit: entry.limit, target: entry.target, over: gzip > entry.limit }
  })
}

const kB = (bytes) => (bytes / 1024).toFixed(1) + ' kB'

/** The printed table. */
export function table(rows) {
  const lines = rows.map((r) =>
    [
      r.name.padEnd(40),
      kB(r.gzip).padStart(10),
      kB(r.limit).padStart(10),
      (r.target === undefined ? '—' : kB(r.target)).padStart(10),
      r.over ? '  OVER BUDGET' : '  ok',
    ].join(''),
  )
  return [
    ['entry'.padEnd(40), 'gzip JS'.padStart(10), 'budget'.padStart(10), 'target'.padStart(10)].join(''),
    ...lines,
  ].join('\n')
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const dist = join(root, process.argv[2] ?? 'dist')
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'))
  const rows = measure(manifest, budget, (file) => readFileSync(join(dist, file)))
  console.log(table(rows))
  const over = rows.filter((r) => r.over)
  if (over.length > 0) {
    console.error(`\nOver the size budget (size-budget.json): ${over.map((r) => r.name).join(', ')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
