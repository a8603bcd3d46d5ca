// Tests only: running the CLI in-process with its output captured, and scenario files written to a temporary folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../../src/cli/main'

/** What one run printed and answered. */
export interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs `iam-playground ARGS` in this process. */
export async function cli(...args: string[]): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'iam-playground-cli-'))
}

/** A gallery scenario (scenarios/NAME.json) as a value to change. */
export function gallery(name: string): Record<string, unknown> & { requests: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8'))
}

/** Writes `value` as indented JSON (or `text` as is) to `dir/name` and returns the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
  return path
}
