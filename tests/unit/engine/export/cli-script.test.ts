// The AWS CLI script: valid bash, and run with `aws` stubbed, the commands come in dependency order with the
// scenario's documents.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exportCliScript, shellQuote, type Scenario } from '../../../../src/engine/index'
import { doc, expectedCounts, gallery, managedDoc } from './gallery'

/** An argument passed to `aws`: a word, or a file's content. */
type Arg = string | { file: string }

/**
 * Runs `script` with `aws` a bash function that logs its arguments (a `file://` argument as the file's content),
 * NUL-separated, one call per record; returns the calls.
 */
function run(script: string): Arg[][] {
  const stub = [
    'aws() {',
    '  local a',
    '  for a in "$@"; do',
    '    if [[ $a == file://* ]]; then printf "F%s\\0" "$(cat "${a#file://}")"; else printf "A%s\\0" "$a"; fi',
    '  done >> "$AWS_LOG"',
    '  printf "E\\0" >> "$AWS_LOG"',
    '  echo id-1',
    '}',
  ].join('\n')
  const log = execFileSync('mktemp', { encoding: 'utf8' }).trim()
  const body = script.replace(/^set -euo pipefail$/m, `set -euo pipefail\n${stub}`)
  execFileSync('bash', ['-c', body], {
    encoding: 'utf8',
    cwd: '/tmp',
    env: { ...process.env, AWS_LOG: log, ACCOUNT_ID: '999988887777' },
  })
  const fields = readFileSync(log, 'utf8').split('\0')
  rmSync(log)
  const calls: Arg[][] = []
  let call: Arg[] = []
  for (const f of fields) {
    if (f === 'E') {
      calls.push(call)
      call = []
    } else if (f.startsWith('F')) call.push({ file: f.slice(1) })
    else if (f.startsWith('A')) call.push(f.slice(1))
  }
  return calls
}

function option(args: unknown[], flag: string): unknown {
  return args[args.indexOf(flag) + 1]
}

function fileDoc(value: unknown): unknown {
  return JSON.parse((value as { file: string }).file)
}

describe.each(gallery)('%s as an AWS CLI script', (_file, s) => {
  const script = exportCliScript(s)

  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n'], { input: script })).not.toThrow()
    expect(script).toMatch(/^#!\/usr\/bin\/env bash\n/)
    expect(script).toContain('set -euo pipefail')
  })

  it('creates each entity before it is used, with the scenario documents', () => {
    const calls = run(script)
    const verb = (c: Arg[]) => `${c[0]} ${c[1]}`
    const index = (v: string, flag?: string, value?: string) =>
      calls.findIndex((c) => verb(c) === v && (flag === undefined || option(c, flag) === value))
    const n = expectedCounts(s)
    const count = (v: string) => calls.filter((c) => verb(c) === v).length
    expect(count('iam create-user')).toBe(n.users)
    expect(count('iam create-group')).toBe(n.groups)
    expect(count('iam create-role')).toBe(n.roles)
    expect(count('iam create-policy')).toBe(n.policies)
    expect(count('iam attach-user-policy') + count('iam attach-group-policy') + count('iam attach-role-policy')).toBe(
      n.userAttachments + n.groupAttachments + n.roleAttachments,
    )
    for (const c of calls) {
      if (verb(c) === 'iam create-policy') {
        expect(fileDoc(option(c, '--policy-document'))).toEqual(managedDoc(s, option(c, '--policy-name') as string))
      }
      if (verb(c) === 'iam create-role') {
        const role = s.roles!.find((r) => r.name === option(c, '--role-name'))!
        expect(fileDoc(option(c, '--assume-role-policy-document'))).toEqual(doc(role.trustPolicy))
      }
      if (verb(c) === 'iam add-user-to-group') {
        const at = calls.indexOf(c)
        expect(index('iam create-group', '--group-name', option(c, '--group-name') as string)).toBeLessThan(at)
        expect(index('iam create-user', '--user-name', option(c, '--user-name') as string)).toBeLessThan(at)
      }
      const arn = option(c, '--policy-arn') ?? option(c, '--permissions-boundary')
      if (typeof arn === 'string' && arn.startsWith('arn:aws:iam::999988887777:policy/')) {
        const name = arn.split('/').pop()!
        expect(index('iam create-policy', '--policy-name', name)).toBeLessThan(calls.indexOf(c))
      }
      if (verb(c) === 'iam attach-role-policy' || verb(c) === 'iam put-role-policy') {
        expect(index('iam create-role', '--role-name', option(c, '--role-name') as string)).toBeLessThan(
          calls.indexOf(c),
        )
      }
    }
  })
})

describe('AWS CLI script quoting', () => {
  it('quotes names so that bash passes them unchanged', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      title: "it's $(rm -rf) `x`",
      accounts: [{ id: '111122223333' }],
      users: [{ name: "o'brien+x@y", groups: ['a b'], permissionsBoundary: 'Bound$ary' }],
      groups: [{ name: 'a b' }],
      policies: [
        {
          name: 'Bound$ary',
          path: '/p$x/',
          versions: [{ id: 'v1', isDefault: true, document: { Version: '2012-10-17', Statement: [] } }],
        },
      ],
    }
    const calls = run(exportCliScript(s))
    expect(calls.find((c) => c[1] === 'create-user')).toEqual(['iam', 'create-user', '--user-name', "o'brien+x@y"])
    expect(calls.find((c) => c[1] === 'put-user-permissions-boundary')).toContain(
      'arn:aws:iam::999988887777:policy/p$x/Bound$ary',
    )
    expect(calls.find((c) => c[1] === 'add-user-to-group')).toContain('a b')
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`)
  })

  it('keeps an SCP ID from create-policy for attach-policy', () => {
    const scp = gallery.find(([f]) => f === 'scp-region-lock.json')![1]
    const calls = run(exportCliScript(scp))
    const attach = calls.filter((c) => c[0] === 'organizations' && c[1] === 'attach-policy')
    expect(attach.length).toBeGreaterThan(0)
    for (const c of attach) expect(option(c, '--policy-id')).toBe('id-1')
  })
})
