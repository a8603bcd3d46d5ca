// The JUnit XML: well-formed (read back by a strict reader), one testsuite per file, one testcase per test, counts
// that add up, failures with their message, and any text escaped.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { junitXml, xmlText } from '../../../src/cli/junit'
import type { FileResult } from '../../../src/cli/run'
import { cli, gallery, tempDir, writeJson } from './helpers'
import { parseXml, type XmlElement } from './xml'

const childrenNamed = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name)

describe('--junit', () => {
  it('writes one testsuite per file with counts that match its testcases and failures', async () => {
    const dir = tempDir()
    const scenario = gallery('scp-region-lock')
    scenario.requests[2]!.expect = 'Allow'
    const failing = writeJson(dir, 'region.json', scenario)
    const broken = writeJson(dir, 'broken.json', '{ "format": ')
    const report = join(dir, 'report.xml')
    const run = await cli(
      'test',
      'scenarios/abac-tags.json',
      failing,
      broken,
      '--junit',
      report,
      '--fail-on',
      'critical',
    )
    expect(run.code).toBe(2)

    const root = parseXml(readFileSync(report, 'utf8'))
    expect(root.name).toBe('testsuites')
    const suites = childrenNamed(root, 'testsuite')
    expect(suites.map((s) => s.attributes.name)).toEqual(['scenarios/abac-tags.json', failing, broken])
    for (const suite of suites) {
      const cases = childrenNamed(suite, 'testcase')
      expect(Number(suite.attributes.tests)).toBe(cases.length)
      expect(Number(suite.attributes.failures)).toBe(cases.filter((c) => childrenNamed(c, 'failure').length).length)
      expect(Number(suite.attributes.errors)).toBe(cases.filter((c) => childrenNamed(c, 'error').length).length)
    }
    const [abac, region, bad] = suites as [XmlElement, XmlElement, XmlElement]
    // abac-tags: 11 expectations and its one critical finding (failing); the medium one is output, not a test.
    expect(abac.attributes).toMatchObject({ tests: '12', failures: '1' })
    expect(childrenNamed(abac, 'system-out')[0]!.text).toBe(
      'medium finding: Account 111122223333 has no password policy',
    )
    // scp-region-lock: the changed expectation fails, with what was asked and why.
    const ireland = childrenNamed(region, 'testcase').find(
      (c) => childrenNamed(c, 'failure').length && c.attributes.name!.startsWith('Prod'),
    )!
    expect(ireland.attributes.name).toBe("Prod account, Ireland: denied by the root's SCP despite AdministratorAccess")
    const failure = childrenNamed(ireland, 'failure')[0]!
    expect(failure.attributes.message).toMatch(/ec2:StartInstances on .*: expected Allow, got ExplicitDeny$/)
    expect(failure.text).toContain('SCP DenyOutsideAllowedRegions')
    // The file that is not JSON: one testcase with an error that says where.
    expect(bad.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' })
    expect(childrenNamed(childrenNamed(bad, 'testcase')[0]!, 'error')[0]!.text).toContain(
      `${broken}:1:13: JSON syntax error: value expected`,
    )

    const total = (key: string) => suites.reduce((n, s) => n + Number(s.attributes[key]), 0)
    expect(root.attributes).toMatchObject({
      tests: String(total('tests')),
      failures: String(total('failures')),
      errors: '1',
    })
  })

  it('escapes markup, keeps line breaks in attributes, and drops characters XML forbids', () => {
    const name = `a <b> & "c" 'd'\nline two \u0001\ud800 end`
    const result: FileResult = {
      file: 'x&y.json',
      kind: 'scenario',
      cases: [{ name, ok: false, summary: name, details: ['why <1>', 'and & 2'], notes: ['note ]]>'] }],
      findings: [],
      unchecked: 0,
      problems: [],
    }
    const root = parseXml(junitXml([result]))
    const testcase = childrenNamed(childrenNamed(root, 'testsuite')[0]!, 'testcase')[0]!
    const clean = `a <b> & "c" 'd'\nline two  end`
    expect(testcase.attributes).toEqual({ name: clean, classname: 'x&y.json' })
    expect(childrenNamed(testcase, 'failure')[0]).toMatchObject({
      attributes: { message: clean },
      text: 'why <1>\nand & 2',
    })
    expect(childrenNamed(testcase, 'system-out')[0]!.text).toBe('note ]]>')
    expect(xmlText('😀')).toBe('😀')
  })

  it('the strict reader the test relies on refuses what is not well-formed', () => {
    for (const bad of [
      '<a>',
      '<a></b>',
      '<a x="1" x="2"/>',
      '<a>&</a>',
      '<a>&bogus;</a>',
      '<a/><b/>',
      '<a>\u0001</a>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow()
    }
    expect(parseXml('<a x="&lt;&#10;"><b/>t&amp;</a>')).toMatchObject({ attributes: { x: '<\n' }, text: 't&' })
  })
})
