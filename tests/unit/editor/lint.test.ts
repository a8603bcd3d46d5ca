import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import type { Diagnostic, QuickFix } from '../../../src/engine/index'
import { policyConfig } from '../../../src/lib/editor/config'
import { setLocale } from '../../../src/lib/i18n/index'
import { SECURITY_MARK, lintPolicy, toCmDiagnostics } from '../../../src/lib/editor/lint'

const diag = (severity: Diagnostic['severity'], span?: Diagnostic['span'], extra: Partial<Diagnostic> = {}) =>
  ({
    code: 'some-code',
    severity,
    message: 'the policy has no `Version`',
    messageText: { key: 'diag.missing-version' },
    ...(span ? { span } : {}),
    ...extra,
  }) as Diagnostic

describe(toCmDiagnostics, () => {
  it.each([
    ['error', 'error'],
    ['security', 'warning'],
    ['warning', 'warning'],
    ['suggestion', 'info'],
  ] as const)('maps %s to %s', (severity, expected) => {
    expect(toCmDiagnostics([diag(severity, { from: 1, to: 3 })], 10)[0]?.severity).toBe(expected)
  })

  it('marks security findings so they stand apart from other warnings', () => {
    const [security, warning] = toCmDiagnostics([diag('security'), diag('warning')], 10)
    expect(security?.markClass).toBe(SECURITY_MARK)
    expect(warning?.markClass).toBeUndefined()
  })

  it('puts the help under the message, and the code as the source', () => {
    const help = { key: 'diag.help.write', params: { value: 'Allow' } }
    const [d] = toCmDiagnostics([diag('error', { from: 0, to: 1 }, { help: 'write `Allow`', helpText: help })], 5)
    expect(d?.message).toBe('the policy has no `Version`\nwrite `Allow`')
    expect(d?.source).toBe('some-code')
    expect(toCmDiagnostics([diag('error')], 5)[0]?.message).toBe('the policy has no `Version`')
  })

  it('words the message, the help and the fixes in the page’s language', () => {
    setLocale('ko', false)
    try {
      const help = { key: 'diag.help.write', params: { value: 'Allow' } }
      const fix: QuickFix = {
        title: 'Change to `Allow`',
        titleText: { key: 'diag.fix.change-to', params: { value: 'Allow' } },
        from: 0,
        to: 1,
        insert: '"Allow"',
      }
      const [d] = toCmDiagnostics([diag('error', { from: 0, to: 1 }, { helpText: help })], 5, [[fix]])
      expect(d?.message).toBe('정책에 `Version`이 없습니다\n`Allow`(으)로 쓰세요')
      expect(d?.actions?.map((a) => a.name)).toEqual(['Allow(으)로 바꾸기'])
    } finally {
      setLocale('en', false)
    }
  })

  it.each([
    ['inside', { from: 2, to: 5 }, { from: 2, to: 5 }],
    ['past the end', { from: 8, to: 20 }, { from: 8, to: 10 }],
    ['wholly past the end', { from: 15, to: 20 }, { from: 10, to: 10 }],
    ['negative', { from: -3, to: 2 }, { from: 0, to: 2 }],
    ['reversed', { from: 6, to: 4 }, { from: 6, to: 6 }],
  ])('clamps a span %s to the document', (_, span, expected) => {
    expect(toCmDiagnostics([diag('warning', span)], 10)[0]).toMatchObject(expected)
  })

  it('places a diagnostic without a span at the start', () => {
    expect(toCmDiagnostics([diag('error')], 10)[0]).toMatchObject({ from: 0, to: 0 })
  })

  it('turns quick fixes into actions that edit the text, following moved text', () => {
    // Computed for `{"Effect": "allow"}`, where `"allow"` is [11, 18).
    const fix: QuickFix = {
      title: 'Change to `Allow`',
      titleText: { key: 'diag.fix.change-to', params: { value: 'Allow' } },
      from: 11,
      to: 18,
      insert: '"Allow"',
    }
    const [d] = toCmDiagnostics([diag('error', { from: 11, to: 18 })], 19, [[fix]])
    expect(d?.actions?.map((a) => a.name)).toEqual(['Change to Allow'])
    // Two characters were typed before the diagnostic since it was computed: the fix moves with it.
    let state = EditorState.create({ doc: '  {"Effect": "allow"}' })
    const view = { state, dispatch: (tr: Parameters<EditorState['update']>[0]) => (state = state.update(tr).state) }
    d?.actions?.[0]?.apply(view as unknown as EditorView, 13, 20)
    expect(state.doc.toString()).toBe('  {"Effect": "Allow"}')
  })

  it('gives no actions when there are no fixes', () => {
    expect(toCmDiagnostics([diag('error')], 10, [[]])[0]?.actions).toBeUndefined()
  })
})

describe(lintPolicy, () => {
  const state = EditorState.create({
    doc: '{"Statement": []}',
    extensions: policyConfig.of({ kind: 'scp', context: { resourceArns: [], principalArns: [] } }),
  })

  it('validates as the configured kind and asks for fixes of what it found', async () => {
    const seen: unknown[] = []
    const result = await lintPolicy(
      state,
      async (text, options) => (seen.push(text, options), [diag('error', { from: 1, to: 12 })]),
      async (_, diags) =>
        diags.map(() => [
          {
            title: 'Remove `X`',
            titleText: { key: 'diag.fix.remove', params: { value: 'X' } },
            from: 1,
            to: 12,
            insert: '"X"',
          },
        ]),
    )
    expect(seen).toEqual(['{"Statement": []}', { kind: 'scp' }])
    expect(result).toHaveLength(1)
    expect(result[0]?.actions).toHaveLength(1)
  })

  it('does not ask for fixes when nothing was found', async () => {
    let asked = false
    await lintPolicy(
      state,
      async () => [],
      async () => ((asked = true), []),
    )
    expect(asked).toBe(false)
  })

  it('shows nothing when the worker fails, and keeps diagnostics when only the fixes fail', async () => {
    expect(
      await lintPolicy(
        state,
        () => Promise.reject(new Error('no worker')),
        async () => [],
      ),
    ).toEqual([])
    const kept = await lintPolicy(
      state,
      async () => [diag('warning')],
      () => Promise.reject(new Error('no worker')),
    )
    expect(kept).toHaveLength(1)
  })
})
