#!/usr/bin/env node
// The `iam-playground` command. The CLI is TypeScript (src/cli/main.ts) and there is no build step after `npm ci`:
// on first use, and whenever one of its sources changed since, it is bundled with esbuild (a dev dependency, already
// installed for Vite) into node_modules/.cache/iam-playground/, then imported from there. Packages stay external and
// resolve from node_modules at run time.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'src/cli/main.ts')
// One bundle per checkout: git worktrees may share one node_modules.
const key = createHash('sha256').update(root).digest('hex').slice(0, 12)
const outDir = join(root, 'node_modules/.cache/iam-playground', key)
const bundle = join(outDir, 'cli.mjs')
const inputsFile = join(outDir, 'inputs.json')

/** Whether the bundle exists and is newer than every file it was made from (and this launcher). */
function fresh() {
  try {
    const built = statSync(bundle).mtimeMs
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
    return [fileURLToPath(import.meta.url), ...inputs].every((file) => statSync(resolve(root, file)).mtimeMs <= built)
  } catch {
    return false // no bundle yet, or an input was deleted or moved: build again
  }
}

async function build() {
  const esbuild = await import('esbuild')
  mkdirSync(outDir, { recursive: true })
  // Written beside the bundle and renamed into place, so two runs at once never import half a file.
  const temp = `${bundle}.${process.pid}.tmp`
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: temp,
    metafile: true,
    logLevel: 'warning',
  })
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)))
  renameSync(temp, bundle)
}

if (!fresh()) await build()
const { main } = await import(pathToFileURL(bundle).href)
process.exitCode = await main(process.argv.slice(2))
