// The app shows findings through its message catalog (src/lib/i18n/messages/findings.ts): the English there must
// say exactly what the engine writes, every message must be used, and Korean must cover every key.
import { describe, expect, it } from 'vitest'
import { AUDIT_CHECKS, auditScenario, parseScenario, type Finding, type Scenario } from '../../../src/engine/index'
import { translate, type MessageKey } from '../../../src/lib/i18n/messages'
import { en } from '../../../src/lib/i18n/messages/findings'
import { ko } from '../../../src/lib/i18n/messages/findings.ko'
import { findingKey } from '../../../src/lib/findings/text'
import hygiene from '../../../scenarios/credential-hygiene.json'
import { A, B, allowDoc, BASELINE, clean, daysAgo, trustDoc } from './fixtures'
import { serviceEscalationZoo } from './escalation-zoo'

const managed = (name: string, document: object) => ({
  name,
  versions: [{ id: 'v1', isDefault: true, document: document as never }],
})
const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`
const roleArn = (name: string) => `arn:aws:iam::${A}:role/${name}`

/** Scenarios that between them produce every check, variant, detail and fix. */
function zoo(): Scenario[] {
  const parsed = parseScenario(hygiene)
  if (!parsed.ok) throw new Error('credential-hygiene does not load')
  const key = { id: 'AKIAROOTKEY000000001', created: daysAgo(10), status: 'Inactive' as const }
  return [
    parsed.scenario,
    ...serviceEscalationZoo(),
    clean({
      accounts: [
        {
          id: A,
          root: { mfa: true, accessKeys: [key] },
          passwordPolicy: { ...BASELINE, maxAgeDays: 365 },
        },
        {
          id: B,
          root: { mfa: true },
          passwordPolicy: {
            minimumLength: 14,
            requireNumbers: true,
            requireSymbols: true,
            reusePrevention: 24,
            maxAgeDays: 90,
          },
        },
      ],
      users: [
        {
          name: 'never',
          password: { lastChanged: daysAgo(100) },
          mfaDevices: [{ serial: `arn:aws:iam::${A}:mfa/never`, type: 'virtual' }],
        },
        {
          name: 'used',
          accessKeys: [{ id: 'AKIAUSEDKEY000000001', created: daysAgo(80), lastUsed: daysAgo(95), status: 'Active' }],
        },
        { name: 'boss', groups: ['Admins'] },
        {
          name: 'eve',
          groups: ['Team'],
          managedPolicies: ['Mine'],
          inlinePolicies: [
            {
              name: 'Self',
              document: allowDoc(
                [
                  'iam:PutUserPolicy',
                  'iam:CreateLoginProfile',
                  'iam:AddUserToGroup',
                  'iam:CreatePolicyVersion',
                  'iam:PassRole',
                  'ec2:RunInstances',
                  'sts:AssumeRole',
                  'iam:PutRolePolicy',
                ],
                '*',
              ) as never,
            },
          ],
          tags: {
            note: 'password=Sup3rSecret',
            key: '-----BEGIN PRIVATE KEY-----',
            aws_secret: 'q9Fz8Lk2Mn4Pq7Rs1Tv3Wx5Yz0Ab6Cd8Ef/Gh+Ij',
          },
        },
        {
          name: 'dana',
          managedPolicies: ['Versioned'],
          inlinePolicies: [
            {
              name: 'Rewrite',
              document: allowDoc(['iam:SetDefaultPolicyVersion', 'iam:UpdateAssumeRolePolicy'], '*') as never,
            },
          ],
        },
        {
          name: 'carl',
          inlinePolicies: [
            {
              name: 'Keys',
              document: allowDoc(['iam:CreateAccessKey', 'iam:AttachUserPolicy'], userArn('*')) as never,
            },
          ],
        },
      ],
      groups: [
        { name: 'Admins', managedPolicies: ['AdministratorAccess'] },
        {
          name: 'Team',
          inlinePolicies: [
            { name: 'G', document: allowDoc('iam:PutGroupPolicy', `arn:aws:iam::${A}:group/Team`) as never },
          ],
        },
      ],
      policies: [
        managed(
          'Mine',
          allowDoc('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:UserAgent': 'password=Hunter2prod' } } }),
        ),
        managed('All', allowDoc('*')),
        managed('Most', {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
            {
              Effect: 'Allow',
              Action: '*',
              NotResource: 'arn:aws:s3:::x',
              Condition: { Bool: { 'aws:SecureTransport': 'true' } },
            },
          ],
        }),
        managed(
          'Scoped',
          allowDoc('iam:PassRole', '*', {
            Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
          }),
        ),
        { ...managed('Described', allowDoc('s3:GetObject')), description: 'AKIAZ7Q2LMNOPQRS3TUV' },
        {
          name: 'Versioned',
          versions: [
            { id: 'v1', isDefault: true, document: allowDoc('s3:ListBucket') as never },
            { id: 'v2', document: allowDoc('*') as never },
          ],
        },
      ],
      roles: [
        {
          name: 'Box',
          trustPolicy: trustDoc({ Service: 'ec2.amazonaws.com' }) as never,
          instanceProfiles: ['Box'],
          managedPolicies: ['AdministratorAccess'],
        },
        {
          name: 'Hop',
          trustPolicy: trustDoc(
            { AWS: userArn('eve') },
            { Condition: { StringEquals: { 'sts:ExternalId': 'AKIAZ7Q2LMNOPQRS3TUW' } } },
          ) as never,
          managedPolicies: ['ReadOnlyAccess'],
        },
        {
          name: 'Bot',
          trustPolicy: trustDoc(
            { AWS: roleArn('Bot') },
            { Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
          ) as never,
          inlinePolicies: [{ name: 'Me', document: allowDoc('iam:AttachRolePolicy', roleArn('Bot')) as never }],
          managedPolicies: ['ReadOnlyAccess'],
        },
        {
          name: 'Any',
          trustPolicy: trustDoc('*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) as never,
        },
        {
          name: 'Peer',
          account: B,
          trustPolicy: trustDoc({ AWS: userArn('eve') }) as never,
          managedPolicies: ['AdministratorAccess'],
        },
        {
          name: 'Gha',
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com` },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } },
              },
              {
                Effect: 'Allow',
                Principal: { Federated: 'accounts.google.com' },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: { StringEquals: { 'accounts.google.com:aud': 'app.apps.googleusercontent.com' } },
              },
            ],
          } as never,
        },
        {
          name: 'Chain',
          trustPolicy: trustDoc({ AWS: roleArn('Bot') }) as never,
          managedPolicies: ['AdministratorAccess'],
        },
        {
          name: 'Ladder',
          trustPolicy: trustDoc({ AWS: userArn('dana') }) as never,
          inlinePolicies: [{ name: 'Me', document: allowDoc('iam:PutRolePolicy', roleArn('Ladder')) as never }],
        },
      ],
      resources: [
        {
          arn: 'arn:aws:s3:::x',
          policy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: 'arn:aws:s3:::x',
                Condition: { StringEquals: { 'aws:UserAgent': 'pwd=Hunter2prod' } },
              },
            ],
          } as never,
        },
      ],
    }),
    // The fixes of privilege escalation: take the action out, deny it in the policy, set a boundary.
    ...[
      { inlinePolicies: [{ name: 'K', document: allowDoc(['s3:GetObject', 'iam:CreateAccessKey']) as never }] },
      { inlinePolicies: [{ name: 'K', document: allowDoc('iam:CreateAccess*') as never }] },
      { managedPolicies: ['AwsKeys'] },
    ].map((eve) =>
      clean({
        users: [
          { name: 'boss', groups: ['Admins'] },
          { name: 'eve', ...eve },
        ],
        groups: [{ name: 'Admins', managedPolicies: ['AdministratorAccess'] }],
        policies: [{ ...managed('AwsKeys', allowDoc('iam:CreateAccessKey')), account: 'aws' }],
      }),
    ),
  ]
}

/** A policy that has the escalation search simulate (so a small budget runs out). */
const keys = {
  name: 'Keys',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }] },
}
const findings: Finding[] = [
  ...zoo().flatMap((s) => auditScenario(s)),
  ...auditScenario(
    clean({
      accounts: [{ id: A }],
      users: Array.from({ length: 4 }, (_, i) => ({ name: `u${i}`, inlinePolicies: [keys] })),
    }),
    {
      maxSimulations: 5,
    },
  ),
]
const render = (key: string, params: Record<string, string | number> = {}) => translate('en', key as MessageKey, params)

describe('findings messages', () => {
  it('say in English exactly what the engine writes', () => {
    for (const f of findings) {
      expect(render(findingKey(f, 'title'), f.params), f.id).toBe(f.title)
      expect(render(findingKey(f, 'explanation'), f.params), f.id).toBe(f.explanation)
      for (const d of f.details ?? []) expect(render(`findings.detail.${d.key}`, d.params), f.id).toBe(d.text)
      if (f.fix) expect(render(`findings.fix.${f.fix.kind}`, f.fix.params), f.id).toBe(f.fix.label)
    }
    for (const c of AUDIT_CHECKS) expect(render(`findings.check.${c.id}.about`)).toBe(c.about)
  })

  it('are all used by some finding', () => {
    const used = new Set<string>()
    for (const f of findings) {
      used.add(findingKey(f, 'title'))
      used.add(findingKey(f, 'explanation'))
      for (const d of f.details ?? []) used.add(`findings.detail.${d.key}`)
      if (f.fix) used.add(`findings.fix.${f.fix.kind}`)
    }
    const texts = Object.keys(en).filter((k) =>
      /^findings\.(check\.[^.]+\..*(title|explanation)|detail\.|fix\.)/.test(k),
    )
    expect(texts.filter((k) => !used.has(k))).toEqual([])
  })

  it('are all translated to Korean, with the same placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      const korean = ko[key as keyof typeof en]
      expect(korean, key).toBeTruthy()
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
      expect(names(korean!), key).toEqual(names(text))
    }
  })
})
