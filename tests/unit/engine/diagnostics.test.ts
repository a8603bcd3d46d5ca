// Every diagnostic code has one home: DIAGNOSTIC_DOCS, which links it to the AWS documentation that explains it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DIAGNOSTIC_DOCS, type DiagnosticCode } from '../../../src/engine/index'

const codes = Object.keys(DIAGNOSTIC_DOCS) as DiagnosticCode[]
const ENGINE = fileURLToPath(new URL('../../../src/engine/', import.meta.url))

/** The text of every engine source file except the table itself. */
function engineSources(): string {
  return readdirSync(ENGINE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && f !== 'diagnostics.ts')
    .map((f) => readFileSync(join(ENGINE, f), 'utf8'))
    .join('\n')
}

describe('DIAGNOSTIC_DOCS', () => {
  it.each(codes)('links %s to a page of the AWS documentation', (code) => {
    const url = new URL(DIAGNOSTIC_DOCS[code])
    expect(url.protocol).toBe('https:')
    expect(url.host).toBe('docs.aws.amazon.com')
    expect(url.pathname).toMatch(/\.html$/)
  })

  it('names Access Analyzer checks by the anchor of their section', () => {
    const checks = codes
      .map((code) => new URL(DIAGNOSTIC_DOCS[code]))
      .filter((url) => url.pathname.endsWith('/access-analyzer-reference-policy-checks.html'))
    expect(checks.length).toBeGreaterThan(0)
    for (const url of checks) {
      expect(url.hash).toMatch(
        /^#access-analyzer-reference-policy-checks-(error|general-warning|security-warning|suggestion)-[a-z0-9-]+$/,
      )
    }
  })

  it('lists only codes the engine reports', () => {
    const sources = engineSources()
    expect(codes.filter((code) => !sources.includes(`'${code}'`))).toEqual([])
  })
})
