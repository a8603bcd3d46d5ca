// The command line of `iam-playground`: what was asked, or why it cannot be read.
import { parseArgs } from 'node:util'
import { FINDING_SEVERITIES, type FindingSeverity } from '../engine/index'

/** A test run: the files or directories to read, and where the JUnit XML goes. */
export interface TestCommand {
  kind: 'test'
  paths: string[]
  /** `--junit FILE`: write a JUnit XML report there. */
  junit?: string
  /** `--fail-on SEVERITY`: audit findings this severe or worse fail the run. */
  failOn?: FindingSeverity
}

/** What the command line asks for; `usage` is a mistake in it (exit code 2). */
export type Command = TestCommand | { kind: 'help' } | { kind: 'version' } | { kind: 'usage'; message: string }

/** The text of `--help`. */
export const HELP = `Usage: iam-playground test [options] <file.json | directory>...

Runs IAM Playground scenarios as tests, with the playground's own engine: every saved request
with an "expect" must get that decision. Lesson files must start unsolved and be solved by their
solution. The account audit's findings are listed; --fail-on makes them fail the run.

Options:
  --junit <file>         also write a JUnit XML report to <file>
  --fail-on <severity>   fail on audit findings of this severity or worse:
                         ${FINDING_SEVERITIES.join(', ')}
  -h, --help             show this help
  -v, --version          show the version

A directory stands for the .json files directly in it (JSON Schema files are skipped).
Exit codes: 0 every test passed, 1 a test failed, 2 a usage error or a file that cannot be read.`

/** Reads the arguments after the program name (never throws). */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        junit: { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (e) {
    return { kind: 'usage', message: (e as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const [command, ...paths] = positionals
  if (command === undefined) return { kind: 'usage', message: 'no command: try `iam-playground test scenarios/`' }
  if (command !== 'test') return { kind: 'usage', message: `unknown command "${command}" (the command is \`test\`)` }
  if (paths.length === 0) return { kind: 'usage', message: 'no files: give scenario or lesson files, or a directory' }
  const out: TestCommand = { kind: 'test', paths }
  if (values.junit !== undefined) {
    if (values.junit === '') return { kind: 'usage', message: '--junit needs a file name' }
    out.junit = values.junit
  }
  const failOn = values['fail-on']
  if (failOn !== undefined) {
    if (!(FINDING_SEVERITIES as readonly string[]).includes(failOn)) {
      return { kind: 'usage', message: `--fail-on takes ${FINDING_SEVERITIES.join(', ')} (not "${failOn}")` }
    }
    out.failOn = failOn as FindingSeverity
  }
  return out
}
