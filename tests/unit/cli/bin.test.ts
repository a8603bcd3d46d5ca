// The installed command: bin/iam-playground.mjs (bundling src/cli on first use) answers with the exit codes, and
// `npx iam-playground` finds the package's own bin from the repository root and from a folder inside it.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gallery, tempDir, writeJson } from './helpers'
import { parseXml } from './xml'

const root = process.cwd()
const bin = join(root, 'bin/iam-playground.mjs')

function run(command: string, args: string[], cwd = root) {
  // npm stays offline: no update check, no registry.
  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }
  const done = spawnSync(command, args, { cwd, env, encoding: 'utf8' })
  return { code: done.status, stdout: done.stdout, stderr: done.stderr }
}

describe('bin/iam-playground.mjs', () => {
  it('exits 0 when every expectation holds, and writes the JUnit file', () => {
    const report = join(tempDir(), 'report.xml')
    const done = run('node', [
      bin,
      'test',
      'scenarios/abac-tags.json',
      'scenarios/mfa-required.json',
      '--junit',
      report,
    ])
    expect(done.code, done.stderr).toBe(0)
    expect(done.stdout).toMatch(/2 files, \d+ tests: \d+ passed, 0 failed/)
    expect(parseXml(readFileSync(report, 'utf8')).children).toHaveLength(2)
  })

  it('exits 1 when an expectation fails and 2 for an unknown option', () => {
    const scenario = gallery('abac-tags')
    scenario.requests[0]!.expect = 'ExplicitDeny'
    const failing = run('node', [bin, 'test', writeJson(tempDir(), 'abac.json', scenario)])
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('expected ExplicitDeny, got Allow')
    const usage = run('node', [bin, 'test', 'scenarios', '--nope'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("Unknown option '--nope'")
  })

  // A guard against hangs, not a speed check: npm itself takes seconds to start on a loaded machine.
  it('runs as `npx iam-playground` from the repository root and from a subfolder', { timeout: 90_000 }, () => {
    // --no: never look the name up in the registry; the package's own bin must be found locally.
    const top = run('npx', ['--no', 'iam-playground', 'test', 'scenarios/abac-tags.json'])
    expect(top.code, top.stderr).toBe(0)
    expect(top.stdout).toContain('✓ scenarios/abac-tags.json (scenario)')
    const sub = run('npx', ['--no', 'iam-playground', 'test', 'abac-tags.json'], join(root, 'scenarios'))
    expect(sub.code, sub.stderr).toBe(0)
    expect(sub.stdout).toContain('✓ abac-tags.json (scenario)')
  })
})
