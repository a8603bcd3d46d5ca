// The command line end to end in-process: exit codes, the report's words, located errors, findings, lessons.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExpectedFinding } from '../../../src/engine/index'
import { cli, gallery, tempDir, writeJson } from './helpers'

interface GalleryFile {
  requests?: { expect?: string }[]
  expectFindings?: (ExpectedFinding & { title?: { en: string } })[]
}

/** The gallery's scenario files, read directly (not by the CLI). */
function galleryFiles(): GalleryFile[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as GalleryFile)
}

/** Saved requests with an expected decision, and expected findings, in the gallery. */
function galleryExpectations(): { decisions: number; findings: number } {
  const files = galleryFiles()
  return {
    decisions: files.reduce((n, s) => n + (s.requests ?? []).filter((r) => r.expect !== undefined).length, 0),
    findings: files.reduce((n, s) => n + (s.expectFindings ?? []).length, 0),
  }
}

describe('iam-playground test', () => {
  it('passes every gallery scenario in scenarios/, one test per expected decision and per expected finding', async () => {
    const run = await cli('test', 'scenarios')
    const { decisions, findings } = galleryExpectations()
    expect(decisions).toBeGreaterThan(100)
    expect(findings).toBeGreaterThan(20)
    const n = decisions + findings
    const failed = run.stdout.split('\n').filter((l) => l.startsWith('  ✗ '))
    expect(failed).toEqual([])
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain(`, ${n} tests: ${n} passed, 0 failed`)
    expect(run.stderr).toBe('')
  })

  it('checks expected findings: a finding that is missing or must not be there fails (exit 1), saying what the audit reported', async () => {
    const scenario = gallery('privilege-escalation') as ReturnType<typeof gallery> & {
      expectFindings: ExpectedFinding[]
    }
    scenario.requests = []
    scenario.expectFindings = [
      { check: 'privilege-escalation', principal: 'user/esc-attach-self', techniques: ['grantSelf'] },
      { check: 'privilege-escalation', principal: 'user/esc-attach-self', techniques: ['createAccessKey'] },
      { check: 'privilege-escalation', principal: 'user/esc-add-to-admins', absent: true },
      { check: 'privilege-escalation', principal: 'user/safe-own-access-key', techniques: ['grantself'], absent: true },
      { check: 'privilege-escalation', principal: 'user/safe-own-access-key', absent: true },
      { check: 'privilege-escalations', principal: 'user/safe-own-access-key', absent: true },
    ]
    const run = await cli('test', writeJson(tempDir(), 'expect.json', scenario))
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    const at = (line: string) => {
      const i = lines.indexOf(line)
      expect(i, line).toBeGreaterThan(0)
      return i
    }
    let i = at('  ✓ privilege-escalation finding for user/esc-attach-self (`grantSelf`)')
    expect(lines[i + 1]).toBe(
      '      expected privilege-escalation finding for user/esc-attach-self (`grantSelf`), got a finding listing `grantSelf`',
    )
    i = at('  ✗ privilege-escalation finding for user/esc-attach-self (`createAccessKey`)')
    expect(lines.slice(i + 1, i + 3)).toEqual([
      '      expected privilege-escalation finding for user/esc-attach-self (`createAccessKey`), got a finding listing `grantSelf`',
      '      why: the finding does not list `createAccessKey`',
    ])
    i = at('  ✗ no privilege-escalation finding for user/esc-add-to-admins')
    expect(lines[i + 2]).toBe('      why: the audit reports it: User esc-add-to-admins can escalate its privileges')
    expect(lines[i + 3]).toMatch(/^ {11}iam:AddUserToGroup .*Admins/)
    i = at('  ✗ no privilege-escalation finding for user/safe-own-access-key (`grantself`)')
    expect(lines[i + 2]).toBe('      why: not a technique the audit knows: `grantself`')
    expect(run.stdout).toContain('  ✓ no privilege-escalation finding for user/safe-own-access-key\n')
    i = at('  ✗ no privilege-escalations finding for user/safe-own-access-key')
    expect(lines[i + 2]).toBe('      why: not a check the audit knows: `privilege-escalations`')
    expect(run.stdout).toContain('1 file, 6 tests: 2 passed, 4 failed')
  })

  it('names an expected finding by its title, and refuses (exit 2) one about a principal the scenario lacks', async () => {
    const scenario = gallery('credential-hygiene') as ReturnType<typeof gallery> & { expectFindings: unknown[] }
    scenario.expectFindings = [
      {
        title: { en: 'dev-carol can make keys for admin-alice', ko: '…' },
        check: 'privilege-escalation',
        principal: 'user/dev-carol',
        techniques: ['createAccessKey'],
      },
    ]
    const dir = tempDir()
    const ok = await cli('test', writeJson(dir, 'titled.json', scenario))
    expect(ok.code, ok.stdout).toBe(0)
    expect(ok.stdout).toContain('  ✓ dev-carol can make keys for admin-alice\n')
    scenario.expectFindings = [{ check: 'privilege-escalation', principal: 'user/dev-carla' }]
    const bad = await cli('test', writeJson(dir, 'unknown.json', scenario))
    expect(bad.code).toBe(2)
    expect(bad.stdout).toMatch(/unknown\.json:\d+:\d+: \/expectFindings\/0\/principal: unknown user "dev-carla"/)
  })

  it('passes every lesson: it starts unsolved and its solution solves it', async () => {
    const run = await cli('test', 'scenarios/lessons/')
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain('✓ scenarios/lessons/01-root-user.json (lesson)')
    expect(run.stdout).toContain('  ✓ starts unsolved')
    expect(run.stdout).toContain('  ✓ solution: The root user has MFA')
  })

  it('fails (exit 1) when a decision differs, saying what was asked, expected and got, and which statement decided', async () => {
    const scenario = gallery('scp-region-lock')
    scenario.requests[2]!.expect = 'Allow' // Ireland: the root's SCP denies it
    const file = writeJson(tempDir(), 'region.json', scenario)
    const run = await cli('test', file)
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    const at = lines.indexOf("  ✗ Prod account, Ireland: denied by the root's SCP despite AdministratorAccess")
    expect(at).toBeGreaterThan(0)
    expect(lines[at + 1]).toBe(
      '      arn:aws:iam::444455556666:user/deployer ec2:StartInstances on ' +
        'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03: expected Allow, got ExplicitDeny',
    )
    expect(lines[at + 2]).toMatch(/^ {6}why: explicit deny in the SCPs at level 0/)
    expect(lines[at + 3]).toContain('SCP DenyOutsideAllowedRegions')
    expect(lines[at + 3]).toContain('statement `DenyAllOutsideSeoulAndVirginia`: applies: denies the request')
    expect(run.stdout).toContain('  ✓ Prod account, Seoul: starting an instance is allowed')
    expect(run.stdout).toMatch(/1 file, 11 tests: 10 passed, 1 failed/)
  })

  it('notes an action the AWS catalog does not know', async () => {
    const scenario = gallery('scp-region-lock')
    scenario.requests.push({ principal: 'user/org-admin', action: 's3:GetObjectt', resource: '*', expect: 'Allow' })
    const run = await cli('test', writeJson(tempDir(), 'typo.json', scenario))
    expect(run.stdout).toContain('note: unknown action `s3:GetObjectt`')
  })

  it('answers 2 for a file that is not JSON, with file:line:column', async () => {
    const text = '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "users": [ { "name": "a" }, ]\n}\n'
    const file = writeJson(tempDir(), 'broken.json', text)
    const run = await cli('test', file)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(`✗ ${file}: not a valid scenario or lesson`)
    expect(run.stdout).toContain(`${file}:4:31: JSON syntax error: value expected\n`)
  })

  it('answers 2 for a scenario the engine rejects, located at the value at fault', async () => {
    const scenario = gallery('scp-region-lock')
    ;(scenario.users as { groups?: string[] }[])[0]!.groups = ['NoSuchGroup']
    const file = writeJson(tempDir(), 'invalid.json', scenario)
    const run = await cli('test', file)
    expect(run.code).toBe(2)
    const text = readFileSync(file, 'utf8').split('\n')
    const line = text.findIndex((l) => l.includes('"NoSuchGroup"')) + 1
    const column = text[line - 1]!.indexOf('"NoSuchGroup"') + 1
    expect(run.stdout).toContain(`${file}:${line}:${column}: /users/0/groups/0: unknown group "NoSuchGroup"`)
  })

  it('answers 2 for a file that does not exist, and 2 over 1 when a test fails too', async () => {
    const scenario = gallery('scp-region-lock')
    scenario.requests[0]!.expect = 'ImplicitDeny'
    const failing = writeJson(tempDir(), 'failing.json', scenario)
    const run = await cli('test', failing, 'no/such/file.json')
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('no/such/file.json: cannot read: no such file')
  })

  it('lists audit findings as information, and fails on them with --fail-on', async () => {
    const file = 'scenarios/abac-tags.json'
    const info = await cli('test', file)
    expect(info.code).toBe(0)
    expect(info.stdout).toContain('  audit: 2 findings\n    critical The root user of account 111122223333 has no MFA')
    const failOn = await cli('test', file, '--fail-on', 'critical')
    expect(failOn.code).toBe(1)
    expect(failOn.stdout).toContain('  ✗ critical finding: The root user of account 111122223333 has no MFA')
    expect(failOn.stdout).toContain('  audit: 1 finding\n    medium   Account 111122223333 has no password policy')
    expect((await cli('test', file, '--fail-on', 'low')).stdout).toContain('13 tests: 11 passed, 2 failed')
  })

  it('skips JSON Schema files named on the command line, and reads a glob the shell left alone', async () => {
    const run = await cli('test', 'scenarios/scenario.schema.json', 'scenarios/abac-*.json')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('- scenarios/scenario.schema.json: skipped (a JSON Schema)')
    expect(run.stdout).toContain('✓ scenarios/abac-tags.json (scenario)')
    expect(run.stdout).toContain('1 file, 11 tests')
  })

  it('fails a lesson whose solution no longer solves it', async () => {
    const lesson = JSON.parse(readFileSync('scenarios/lessons/01-root-user.json', 'utf8')) as { solution: unknown[] }
    lesson.solution = lesson.solution.slice(0, 1)
    const run = await cli('test', writeJson(tempDir(), 'lesson.json', lesson))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/ {2}✗ solution: /)
    expect(run.stdout).toContain('  ✓ starts unsolved')
  })
})

describe('the command line itself', () => {
  it('answers 2 with a message for an unknown option, a missing command or file, and a bad severity', async () => {
    for (const args of [
      ['test', 'x.json', '--bogus'],
      [],
      ['check', 'x.json'],
      ['test'],
      ['test', 'x', '--fail-on', 'worst'],
    ]) {
      const run = await cli(...args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/^iam-playground: .+\nTry `iam-playground --help`\.\n$/)
      expect(run.stdout).toBe('')
    }
    expect((await cli('test', 'x.json', '--bogus')).stderr).toContain("Unknown option '--bogus'")
  })

  it('answers 2 for a directory without scenario files', async () => {
    const run = await cli('test', tempDir())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^iam-playground: no \.json files in /)
  })

  it('prints its help and version', async () => {
    const help = await cli('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: iam-playground test \[options\]/)
    expect(help.stdout).toContain('--junit <file>')
    const version = await cli('--version')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(version).toEqual({ code: 0, stdout: `iam-playground ${pkg.version}\n`, stderr: '' })
  })
})
