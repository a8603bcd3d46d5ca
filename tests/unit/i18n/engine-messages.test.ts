// The engine says things as messages ({ key, params }) with English templates of its own (src/engine/messages); the
// app's catalogs take that English as it is and add Korean. Every engine key must be in the app's catalogs, worded the
// same in English and with the same placeholders in Korean, and what the engine reports must use known keys.
import { describe, expect, it } from 'vitest'
import { ENGINE_EN, english } from '../../../src/engine/messages/english'
import type { EngineMessage } from '../../../src/engine/messages/message'
import { quickFixes, validatePolicy, type Diagnostic } from '../../../src/engine/index'
import type { PolicyKind } from '../../../src/engine/policy/kinds'
import { translate, type MessageKey } from '../../../src/lib/i18n/messages'
import { en } from '../../../src/lib/i18n/messages-en'
import { ko } from '../../../src/lib/i18n/messages-ko'
import { nodeCatalog } from '../../helpers/catalog-node'
import { validatePolicyWithCatalog } from '../../../src/engine/index'

/** The `{name}` placeholders of a template, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort()
}

const engineKeys = Object.keys(ENGINE_EN) as (keyof typeof ENGINE_EN)[]

/** Every message of a diagnostic, its help line included. */
function messagesOf(d: Diagnostic): EngineMessage[] {
  return d.helpText ? [d.messageText, d.helpText] : [d.messageText]
}

const POLICIES: [string | object, PolicyKind | undefined][] = [
  ['', undefined],
  ['{"Version": "2012-10-17" "Statement": []}', undefined],
  ['{"Version": "2012-10-17", "Statement": [}', undefined],
  ['{"a": 1} x', undefined],
  [
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    undefined,
  ],
  ['[]', undefined],
  ['{"Statement": 1, "statement": 2, "Version": "2012-10-18", "Id": 3}', 'identity'],
  ['{"Version": "2012-10-17"}', 'identity'],
  ['{"Version": "2012-10-17", "Statement": []}', 'identity'],
  ['{"Version": "2012-10-17", "Statement": [1]}', 'identity'],
  [
    JSON.stringify({
      Version: '2008-10-17',
      Statement: [
        {
          Sid: 'A',
          Effect: 'allow',
          Action: [
            's3:GetObject, s3:PutObject',
            's3*:Get',
            's3:GetObject',
            's3:Get*',
            'iam:PassRole',
            'GetObject',
            'bad',
          ],
          NotAction: 'x:y',
          Resource: ['*', 'bucket', 'arn:aws:s3', 'arn:aws:s3:::b/${aws:username}', ''],
          NotResource: [],
          Principal: 'someone',
          Condition: { StringEqualz: { 'aws:SourceIp': [null] }, StringLike: {}, Bool: 1 },
          Extra: 1,
        },
        { Sid: 'A', Effect: 'Allow', NotAction: 's3:*', NotResource: 'arn:aws:s3:::b', Action: 's3:*', Resource: '*' },
        { Sid: 1, Action: [1, {}, []], Resource: true },
      ],
    }),
    'identity',
  ],
  [
    JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:Pass*', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
      ],
    }),
    'identity',
  ],
  [
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Principal: { AWS: 'x', Bad: 'y' }, Action: 's3:*' },
        {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::111122223333:user/*', '*'] },
          Action: 's3:*',
          Resource: '*',
        },
        { Effect: 'Allow', Principal: {}, Action: 's3:*', Resource: '*' },
        { Effect: 'Allow', Principal: 3, Action: 's3:*', Resource: '*' },
        { Effect: 'Allow', Action: 's3:*' },
      ],
    }),
    'resource',
  ],
  [
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Action: 'sts:AssumeRole' },
      ],
    }),
    'trust',
  ],
  [
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: {
            'ForAllValues:StringEquals': { 'aws:SourceIp': 'x', 'aws:TagKeys': 'a' },
            StringEquals: { 'aws:TagKeys': 'a' },
            'ForAnyValue:StringEquals': { 'aws:username': 'a' },
          },
        },
      ],
    }),
    'identity',
  ],
  ...(['boundary', 'session', 'scp', 'rcp'] as const).map(
    (kind) =>
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*' }] }), kind] as [
        string,
        PolicyKind,
      ],
  ),
  ...(['scp', 'rcp', 'trust', 'session'] as const).map(
    (kind) =>
      [
        JSON.stringify({
          Version: '2012-10-17',
          Statement: Array.from({ length: 60 }, (_, i) => ({
            Sid: `S${i}`,
            Effect: 'Deny',
            ...(kind === 'rcp' || kind === 'trust' ? { Principal: '*' } : {}),
            Action: Array.from({ length: 10 }, (_, j) => `s3:Action${i}x${j}`),
            Resource: 'arn:aws:s3:::some-long-bucket-name/with/a/path/*',
          })),
        }),
        kind,
      ] as [string, PolicyKind],
  ),
  [{ a: () => 1 }, undefined],
  [{ a: Infinity }, undefined],
]

describe('engine messages', () => {
  it('every engine key is in the app catalog with the same English (written once, in the engine)', () => {
    const differ = engineKeys.filter((key) => (en as Record<string, string>)[key] !== ENGINE_EN[key])
    expect(differ).toEqual([])
  })

  it('every engine key has Korean with the same placeholders', () => {
    const differ = engineKeys.filter((key) => {
      const korean = (ko as Record<string, string>)[key]
      return !korean?.trim() || placeholders(korean).join() !== placeholders(ENGINE_EN[key]).join()
    })
    expect(differ).toEqual([])
  })

  it('english() fills placeholders and words inner messages; an unknown key is shown as itself', () => {
    expect(english({ key: 'diag.duplicate-sid', params: { sid: 'A' } })).toBe('duplicate `Sid` `A`')
    expect(english({ key: 'no.such.key' })).toBe('no.such.key')
  })

  it('every diagnostic, help line and quick fix of a corpus of broken policies uses a known key', async () => {
    const catalog = nodeCatalog()
    const seen = new Set<string>()
    for (const [input, kind] of POLICIES) {
      const options = kind ? { kind } : {}
      const found = [
        ...validatePolicy(input, options),
        ...(typeof input === 'string' ? await validatePolicyWithCatalog(input, { ...options, catalog }) : []),
      ]
      for (const d of found) {
        for (const m of messagesOf(d)) {
          expect(ENGINE_EN, `${d.code}: ${m.key}`).toHaveProperty([m.key])
          seen.add(m.key)
        }
        expect(d.message).toBe(english(d.messageText))
        if (typeof input === 'string') {
          for (const fix of quickFixes(input, d)) {
            expect(ENGINE_EN).toHaveProperty([fix.titleText.key])
            expect(fix.title).toBe(english(fix.titleText))
          }
        }
      }
    }
    // The corpus reaches most of the diagnostics' messages (the rest are covered by the validator's own tests).
    const diagKeys = engineKeys.filter((k) => k.startsWith('diag.') && !k.startsWith('diag.fix.'))
    expect(seen.size / diagKeys.length).toBeGreaterThan(0.5)
  })

  it('the app words a diagnostic in Korean, inner parts included', () => {
    const [d] = validatePolicy('{"Version": "2012-10-17", "Statement": [{"Sid": 1}]}', { kind: 'identity' })
    const korean = translate('ko', d!.messageText.key as MessageKey, d!.messageText.params as Record<string, string>)
    expect(korean).toMatch(/[가-힣]/)
  })
})
