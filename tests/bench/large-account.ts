// The generated large account the import, browser and Who can benchmarks share (1,000 users, 100 groups, 2,000 roles,
// 3,000 policies; tools/generate-large-authorization-details.mjs), written once into node_modules/.cache (~18 MB, too
// large to commit) and again whenever the generator changes.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The path of the generated account's `get-account-authorization-details` output, generated first if needed. */
export function largeAccountFile(): string {
  const root = resolve(process.cwd())
  const generator = join(root, 'tools/generate-large-authorization-details.mjs')
  const file = join(root, 'node_modules/.cache/bench/large-account.json')
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(generator).mtimeMs) {
    const run = spawnSync(process.execPath, [generator, '--out', file], { stdio: 'inherit' })
    if (run.status !== 0) throw new Error(`the generator failed (exit ${run.status})`)
  }
  return file
}
