// The matrix view's pure parts: reading the form's lines (with the line of each problem), the services the
// account's policies name, and how cells read (symbol, words) and export (CSV table) in both modes.
import { describe, expect, it } from 'vitest'
import { serviceColumns, type MatrixPrincipal } from '../../../src/engine/index'
import { cellViews, legendOf, matrixTable } from '../../../src/lib/matrix/cells'
import { actionLines, appendLines, policyServices, serviceLines, startingActions } from '../../../src/lib/matrix/lines'
import type { MatrixRun } from '../../../src/lib/matrix/session.svelte'
import { allow, deny, policy } from '../../helpers/policy'
import { inline, scenario } from '../../helpers/scenario'

describe('form lines', () => {
  it('reads actions one per line, skipping blanks and repeats, and numbers the bad lines', () => {
    const lines = actionLines(
      's3:GetObject\n\n  ec2:RunInstances  \nS3:getobject\ns3:Get*\nnot an action\r\nsts:AssumeRole',
    )
    expect(lines.values).toEqual(['s3:GetObject', 'ec2:RunInstances', 'sts:AssumeRole'])
    expect(lines.problems).toEqual([
      { line: 5, text: 's3:Get*' },
      { line: 6, text: 'not an action' },
    ])
  })

  it('reads services in lower case, forgiving a trailing `:*`', () => {
    const lines = serviceLines('S3\nec2:*\niam:\nno such!\ns3')
    expect(lines.values).toEqual(['s3', 'ec2', 'iam'])
    expect(lines.problems).toEqual([{ line: 4, text: 'no such!' }])
  })

  it('appends only what a text does not hold yet', () => {
    expect(appendLines('s3:GetObject\n', ['S3:GETOBJECT', 's3:PutObject', 's3:PutObject'])).toBe(
      's3:GetObject\ns3:PutObject',
    )
    expect(appendLines('', ['a:B'])).toBe('a:B')
  })

  it('starts from the request form and the saved requests', () => {
    const s = scenario({
      requests: [
        { principal: 'user/a', action: 'ec2:RunInstances', resource: '*' },
        { principal: 'user/a', action: 's3:GetObject', resource: '*' },
      ],
    })
    expect(startingActions(s, ['s3:GetObject', ''])).toEqual(['s3:GetObject', 'ec2:RunInstances'])
    expect(startingActions(s, [], 1)).toEqual(['ec2:RunInstances'])
  })

  it('finds the services the policies name, in every kind of policy, without wildcard prefixes', () => {
    const s = scenario({
      users: [{ name: 'a', inlinePolicies: [inline('p', ['S3:Get*', '*'])] }],
      roles: [
        {
          name: 'r',
          trustPolicy: JSON.stringify(policy({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' })),
        },
      ],
      policies: [{ name: 'm', versions: [{ id: 'v1', isDefault: true, document: policy(deny('kms:*')) }] }],
      resources: [{ arn: 'arn:aws:sqs:us-east-1:111122223333:q', policy: '{ broken' }],
      organization: {
        id: 'o-exampleorg1',
        managementAccount: '999988887777',
        policies: [
          { name: 'x', type: 'scp', document: policy({ Effect: 'Deny', NotAction: ['iam:*'], Resource: '*' }) },
        ],
        root: { id: 'r-root', name: 'Root', accounts: ['111122223333'] },
      },
      groups: [{ name: 'g', inlinePolicies: [{ name: 'q', document: policy(allow('ec2:RunInstances')) }] }],
    })
    expect(policyServices(s)).toEqual(['ec2', 'iam', 'kms', 's3', 'sts'])
  })
})

const principal = (label: string): MatrixPrincipal => ({
  kind: 'user',
  ref: `arn:aws:iam::1:${label}`,
  label,
  account: '1',
})

function run(mode: 'actions' | 'services', actions: string[], rows: string[]): MatrixRun {
  const s = scenario()
  const r: MatrixRun = {
    mode,
    principals: rows.map((_, i) => principal(`user/u${i}`)),
    actions,
    resource: 'arn:aws:s3:::b/k',
    environment: {},
    context: {},
    rows,
    counts: { A: 0, E: 0, I: 0 },
    scenario: s,
    source: s,
  }
  if (mode === 'services') r.services = serviceColumns(actions)
  return r
}

describe('cells', () => {
  it('read as a symbol and the decision in words', () => {
    const view = cellViews(run('actions', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], ['AEI']))
    expect([0, 1, 2].map((c) => view(0, c))).toEqual([
      { tone: 'A', text: '✓', words: 'Allowed', deny: false },
      { tone: 'E', text: '✕', words: 'Explicitly denied', deny: false },
      { tone: 'I', text: '–', words: 'Implicitly denied', deny: false },
    ])
  })

  it('summarise a service: all, some or none allowed, an explicit deny marked', () => {
    const actions = ['s3:GetObject', 's3:PutObject', 'ec2:RunInstances', 'ec2:StopInstances']
    const view = cellViews(run('services', actions, ['AIAA', 'EAII', 'IIEI']))
    expect(view(0, 0)).toEqual({ tone: 'some', text: '◐ 1/2', words: '1 of 2 allowed', deny: false })
    expect(view(0, 1)).toEqual({ tone: 'all', text: '✓ 2/2', words: '2 of 2 allowed', deny: false })
    expect(view(1, 0)).toEqual({
      tone: 'some',
      text: '◐ 1/2 ✕',
      words: '1 of 2 allowed, 1 explicitly denied',
      deny: true,
    })
    expect(view(2, 1)).toEqual({
      tone: 'none',
      text: '– 0/2 ✕',
      words: '0 of 2 allowed, 1 explicitly denied',
      deny: true,
    })
  })

  it('have a legend of the three decisions, or of how much of a service is allowed', () => {
    expect(legendOf(run('actions', ['s3:GetObject'], ['A']))).toEqual([
      ['A', 'Allowed'],
      ['E', 'Explicitly denied'],
      ['I', 'Implicitly denied'],
    ])
    expect(legendOf(run('services', ['s3:GetObject'], ['A']))).toEqual([
      ['all', 'All allowed'],
      ['some', 'Some allowed'],
      ['none', 'None allowed'],
    ])
  })

  it('export the rows shown as a table of words, header first', () => {
    const r = run('actions', ['s3:GetObject', 's3:PutObject'], ['AE', 'II', 'AA'])
    expect(matrixTable(r, [0, 2])).toEqual([
      ['Principal \\ action on arn:aws:s3:::b/k', 's3:GetObject', 's3:PutObject'],
      ['user/u0', 'Allowed', 'Explicitly denied'],
      ['user/u2', 'Allowed', 'Allowed'],
    ])
    const services = run('services', ['s3:GetObject', 'ec2:RunInstances'], ['AE'])
    expect(matrixTable(services, [0])).toEqual([
      ['Principal \\ service on arn:aws:s3:::b/k (allowed of all actions)', 's3', 'ec2'],
      ['user/u0', '1 of 1 allowed', '0 of 1 allowed, 1 explicitly denied'],
    ])
  })
})
