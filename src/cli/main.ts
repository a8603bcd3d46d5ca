// `iam-playground test FILES...`: the playground's engine in Node, for CI. Reads the arguments, runs every file,
// prints the report, writes JUnit XML when asked, and answers with the exit code (bin/iam-playground.mjs runs this).
import { writeFileSync } from 'node:fs'
import {
  awsManagedPoliciesLoaded,
  setAwsManagedPolicies,
  type AwsManagedTable,
  type CatalogSnapshot,
} from '../engine/index'
import awsManaged from '../lib/aws-managed/aws-managed-policies.json'
import pkg from '../../package.json'
import { HELP, parseCommand, type TestCommand } from './args'
import { nodeCatalog } from './catalog'
import { junitXml } from './junit'
import { expandPaths, loadFile, type LoadedFile } from './load'
import { textReport, totals } from './report'
import { runFile, servicesOf, type FileResult, type RunOptions } from './run'

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Output {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

/** Exit codes: every test passed, a test failed, the command line or a file could not be used. */
export const EXIT = { pass: 0, fail: 1, usage: 2 } as const

/** The AWS catalog with the services the files' requests name; without it (unreadable data) the run goes on. */
async function catalogFor(files: readonly LoadedFile[], out: Output): Promise<CatalogSnapshot | undefined> {
  try {
    const catalog = nodeCatalog()
    await catalog.load([...new Set(files.flatMap(servicesOf))])
    return catalog.snapshot()
  } catch (e) {
    out.stderr(`iam-playground: the AWS catalog could not be read (${(e as Error).message}); going on without it\n`)
    return undefined
  }
}

/** One file's run; an engine failure fails that file instead of ending the run. */
function runSafely(loaded: LoadedFile, options: RunOptions): FileResult {
  try {
    return runFile(loaded, options)
  } catch (e) {
    const failure = { name: 'run', ok: false, summary: 'the engine failed', details: [String(e)], notes: [] }
    return { file: loaded.file, kind: loaded.kind, cases: [failure], findings: [], unchecked: 0, problems: [] }
  }
}

async function test(command: TestCommand, out: Output): Promise<number> {
  if (!awsManagedPoliciesLoaded()) setAwsManagedPolicies(awsManaged as unknown as AwsManagedTable)
  const files = expandPaths(command.paths)
  if (files.length === 0) {
    out.stderr(`iam-playground: no .json files in ${command.paths.join(', ')}\n`)
    return EXIT.usage
  }
  const loaded = files.map(loadFile)
  const options: RunOptions = { catalog: await catalogFor(loaded, out) }
  if (command.failOn) options.failOn = command.failOn
  const results = loaded.map((file) => runSafely(file, options))
  out.stdout(textReport(results))
  if (command.junit) {
    try {
      writeFileSync(command.junit, junitXml(results))
    } catch (e) {
      out.stderr(`iam-playground: cannot write ${command.junit}: ${(e as Error).message}\n`)
      return EXIT.usage
    }
  }
  const t = totals(results)
  return t.invalid > 0 ? EXIT.usage : t.failed > 0 ? EXIT.fail : EXIT.pass
}

/** Runs the command line (the arguments after the program name) and returns the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const command = parseCommand(argv)
  switch (command.kind) {
    case 'help':
      out.stdout(`${HELP}\n`)
      return EXIT.pass
    case 'version':
      out.stdout(`iam-playground ${pkg.version}\n`)
      return EXIT.pass
    case 'usage':
      out.stderr(`iam-playground: ${command.message}\nTry \`iam-playground --help\`.\n`)
      return EXIT.usage
    case 'test':
      return test(command, out)
  }
}
