// Action values holding a comma or whitespace ("s3:GetObject,PutObject", "s3:Get Object", "s3:  "): AWS accepts the
// policy and reads the value as one literal action name, which matches no request's action. The parser lets them
// through, the validator warns at the value with a fix that splits it, and every reader of `Action` finds nothing in it.
import { describe, expect, it } from 'vitest'
import { accessMatrix, grantedServices, type PolicyDocument } from '../../../../src/engine/index'
import { actionCoverage, grantsAction } from '../../../../src/engine/audit/policies'
import { splitActionList } from '../../../../src/engine/policy/action-list'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { quickFixes, validatePolicy, validatePolicyWithCatalog } from '../../../../src/engine/validate/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { OBJECT, USER, allow, decide, deny, policy, req, run, statementTrace } from '../../../helpers/policy'
import { inline, scenario } from '../../../helpers/scenario'
import { covered, only, policyText, withCode } from './helpers'

const CODE = 'action-with-separator'
const text = (statements: object | object[]) => policyText(statements)
const apply = (t: string, fix: { from: number; to: number; insert: string }) =>
  t.slice(0, fix.from) + fix.insert + t.slice(fix.to)

function userDecision(identityPolicies: PolicyDocument[], action = 's3:GetObject') {
  return decide({ request: req(USER, action, OBJECT), identityPolicies })
}

describe('Action values with a comma or whitespace (AWS accepts them; they match nothing)', () => {
  describe('the policy stays valid', () => {
    it.each([
      ['a comma', 's3:GetObject,PutObject'],
      ['a comma and a space', 's3:GetObject, s3:PutObject'],
      ['a space between actions', 's3:GetObject PutObject'],
      ['a space inside a name', 's3:Get Object'],
      ['only whitespace after the prefix', 's3:  '],
      ['surrounding whitespace', ' s3:GetObject\n'],
      ['a space around the colon', 's3 : GetObject'],
    ])('no grammar error for %s (`%s`), in Action and NotAction', (_, value) => {
      for (const element of ['Action', 'NotAction']) {
        const p = parsePolicy(text({ Effect: 'Allow', [element]: value, Resource: '*' }))
        expect(p.invalid).toBe(false)
        expect(p.diagnostics).toEqual([])
        expect(p.statements[0]!.invalid).toBe(false)
      }
    })

    it.each([
      ['no service prefix at all', 's3GetObject PutObject'],
      ['a first item without a prefix', 'GetObject, s3:PutObject'],
      ['another bad character', 's3:Get#Object, PutObject'],
      ['an item with two colons', 's3:Get:Object PutObject'],
    ])('still a grammar error for %s (`%s`)', (_, value) => {
      const p = parsePolicy(text({ Effect: 'Allow', Action: value, Resource: '*' }))
      expect(p.diagnostics.map((d) => d.code)).toEqual(['invalid-action'])
      expect(p.invalid).toBe(true)
    })
  })

  describe('evaluation: the value matches no action, the rest of the policy works', () => {
    it('a Deny on s3:DeleteObject still denies beside an Allow of "s3:GetObject,PutObject"', () => {
      const doc = policy(allow('*'), deny('s3:DeleteObject'), allow('s3:GetObject,PutObject'))
      expect(userDecision([doc], 's3:DeleteObject')).toBe('ExplicitDeny')
      expect(userDecision([doc], 's3:GetObject')).toBe('Allow')
    })

    it('"s3:GetObject,PutObject" allows neither s3:GetObject nor s3:PutObject', () => {
      const doc = policy(allow('s3:GetObject,PutObject'))
      expect(userDecision([doc], 's3:GetObject')).toBe('ImplicitDeny')
      expect(userDecision([doc], 's3:PutObject')).toBe('ImplicitDeny')
    })

    it('an Allow of ["s3:GetObject", "s3:Get Object"] still allows s3:GetObject', () => {
      const result = run({
        request: req(USER, 's3:GetObject', OBJECT),
        identityPolicies: [policy(allow(['s3:GetObject', 's3:Get Object']))],
      })
      expect(result.decision).toBe('Allow')
      expect(result.trace.policyTypes.find((t) => t.type === 'identity')?.policies[0]?.invalid).toBe(false)
    })

    it('wildcards around a separator match nothing: "s3:Get* Put*", "* ", "*,*"', () => {
      for (const value of ['s3:Get* Put*', '* ', '*,*', 's3:*, ec2:*']) {
        expect(userDecision([policy(allow(value))], 's3:GetObject')).toBe('ImplicitDeny')
      }
      // `*` itself still matches every action, beside such a value too.
      expect(userDecision([policy(allow(['*', 's3:Get Object']))], 'ec2:RunInstances')).toBe('Allow')
    })

    it('in NotAction it excludes nothing: the statement covers the actions it seems to list', () => {
      const doc = policy({ Effect: 'Allow', NotAction: 's3:GetObject, s3:PutObject', Resource: '*' })
      expect(userDecision([doc], 's3:GetObject')).toBe('Allow')
      const denyAllBut = policy(allow('*'), { Effect: 'Deny', NotAction: ['iam:*', 's3:Get Object'], Resource: '*' })
      expect(userDecision([denyAllBut], 's3:GetObject')).toBe('ExplicitDeny')
      expect(userDecision([denyAllBut], 'iam:ListUsers')).toBe('Allow')
    })

    it('the trace shows the statement matched by its other value, the odd one listed as written', () => {
      const result = run({
        request: req(USER, 's3:PutObject', OBJECT),
        identityPolicies: [policy(allow(['s3:GetObject,PutObject', 's3:PutObject']))],
      })
      expect(result.decision).toBe('Allow')
      const st = statementTrace(result, 'identity')!
      expect(st.outcome).toBe('match')
      expect(st.elements[0]).toMatchObject({
        kind: 'action',
        outcome: 'match',
        matched: 's3:PutObject',
        patterns: ['s3:GetObject,PutObject', 's3:PutObject'],
      })
    })
  })

  describe('the validator finding', () => {
    it('is a warning at the exact value, with the split actions in its help', () => {
      const t = text({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject,PutObject'], Resource: '*' })
      const d = only(validatePolicy(t), CODE)
      expect(d.severity).toBe('warning')
      expect(covered(t, d)).toBe('"s3:GetObject,PutObject"')
      expect(d.path).toBe('/Statement/Action/1')
      expect(d.message).toBe(
        '`s3:GetObject,PutObject` holds a comma: AWS reads it as one action name, which matches no action',
      )
      expect(d.help).toBe('list each action as its own string: `s3:GetObject`, `s3:PutObject`')
    })

    it('says whitespace, and for NotAction that it excludes nothing; line breaks stay escaped', () => {
      const t = text({ Effect: 'Deny', NotAction: 's3:Get\nObject', Resource: '*' })
      const d = only(validatePolicy(t), CODE)
      expect(d.message).toBe(
        '`s3:Get\\nObject` holds whitespace: AWS reads it as one action name, which excludes no action',
      )
      expect(d.path).toBe('/Statement/NotAction')
      expect(covered(t, d)).toBe('"s3:Get\\nObject"')
    })

    it('gives no other finding for the same value (redundancy, wildcard prefix, catalog)', async () => {
      const t = text({
        Effect: 'Allow',
        Action: ['s3:Get*', 's3:Get Object', 's3:Get Object', 's3*:Put, Get', 's3:GetObject,Nope'],
        Resource: '*',
      })
      const ds = await validatePolicyWithCatalog(t, { catalog: nodeCatalog() })
      expect(ds.map((d) => d.code)).toEqual([CODE, CODE, CODE, CODE])
    })

    it('a policy without such values gets no finding', () => {
      expect(withCode(validatePolicy(text({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' })), CODE)).toEqual([])
    })
  })

  describe('the quick fix', () => {
    const fixOf = (t: string) => {
      const fixes = quickFixes(t, only(validatePolicy(t), CODE))
      expect(fixes).toHaveLength(1)
      return fixes[0]!
    }

    it('splits an array item in place, the service prefix carried to items without one', () => {
      const t = text({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject,PutObject'], Resource: '*' })
      const fix = fixOf(t)
      expect(fix.title).toBe('Split into separate actions')
      const after = apply(t, fix)
      expect(JSON.parse(after).Statement.Action).toEqual(['s3:ListBucket', 's3:GetObject', 's3:PutObject'])
      // The items were on lines of their own: so are the new ones.
      expect(after).toContain('"s3:GetObject",\n      "s3:PutObject"')
      expect(validatePolicy(after)).toEqual([])
    })

    it('turns a single string into a list', () => {
      const t = text({ Effect: 'Allow', Action: 's3:GetObject, PutObject ec2:Describe*', Resource: '*' })
      const after = apply(t, fixOf(t))
      expect(JSON.parse(after).Statement.Action).toEqual(['s3:GetObject', 's3:PutObject', 'ec2:Describe*'])
      expect(validatePolicy(after)).toEqual([])
    })

    it('keeps an inline list inline, and splits NotAction values too', () => {
      const t =
        '{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":["iam:Get*","sts:A B"],"Resource":"*"}}'
      const after = apply(t, fixOf(t))
      expect(after).toContain('["iam:Get*","sts:A", "sts:B"]')
    })

    it('trims whitespace when one action remains', () => {
      for (const [value, fixed] of [
        [' s3:GetObject ', 's3:GetObject'],
        ['s3:  ', 's3:'],
        ['s3: GetObject', 's3:GetObject'],
        ['s3:GetObject,', 's3:GetObject'],
        ['s3:GetObject, GetObject', 's3:GetObject'],
      ]) {
        const t = text({ Effect: 'Allow', Action: value, Resource: '*' })
        const fix = fixOf(t)
        expect(fix.title).toBe(`Change to \`${fixed}\``)
        expect(JSON.parse(apply(t, fix)).Statement.Action).toBe(fixed)
      }
    })

    it('splitActionList: the items, or undefined when there is nothing to split or an item is no action', () => {
      expect(splitActionList('s3:GetObject,PutObject')).toEqual(['s3:GetObject', 's3:PutObject'])
      expect(splitActionList('s3:Get*, ec2:Describe* RunInstances')).toEqual([
        's3:Get*',
        'ec2:Describe*',
        'ec2:RunInstances',
      ])
      expect(splitActionList('s3:, GetObject')).toEqual(['s3:GetObject'])
      expect(splitActionList('*, s3:GetObject')).toEqual(['*', 's3:GetObject'])
      expect(splitActionList('s3:GetObject')).toBeUndefined()
      expect(splitActionList(' , ')).toBeUndefined()
      expect(splitActionList('s3:Get/Object PutObject')).toBeUndefined()
    })
  })

  describe('other readers of Action find nothing in it', () => {
    it('audit: a statement of "*,*" and "s3:Get Object" is not every action, and grants none', () => {
      const s = parsePolicy(policy(allow(['*,*', 's3:Get Object']))).statements[0]!
      expect(actionCoverage(s)).toBe('some')
      expect(grantsAction(s, 's3:GetObject')).toBe(false)
    })

    it('access matrix: the value allows no column; the Deny beside it still denies', () => {
      const account = scenario({
        users: [
          {
            name: 'alice',
            inlinePolicies: [
              inline('Odd', ['s3:GetObject,PutObject', 's3:ListBucket']),
              { name: 'NoDelete', document: policy(deny('s3:DeleteObject')) },
              inline('All', 's3:Delete*'),
            ],
          },
        ],
      })
      const { rows } = accessMatrix(account, {
        principals: ['user/alice'],
        actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject'],
        resource: OBJECT,
      })
      expect(rows).toEqual(['IIAE'])
    })

    it('last accessed: such a value grants no service', () => {
      const account = scenario({ users: [{ name: 'alice', inlinePolicies: [inline('Odd', ['sqs:Send, Receive'])] }] })
      const { services, all } = grantedServices(account, 'arn:aws:iam::111122223333:user/alice', ['sqs'])
      expect(services.has('sqs')).toBe(false)
      expect(all).toBe(false)
    })
  })
})
