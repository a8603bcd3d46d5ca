// The steps of an escalation path in words and as requests: ARNs read as the entities they name (the ARN kept for
// a title), condition keys listed, the button's name saying which step, and opening a step filling the form with
// exactly that request before the playground shows.
import { describe, expect, it, vi } from 'vitest'
import type { PathStep } from '../../../src/engine/index'
import { arnEntity } from '../../../src/lib/findings/arn'
import { stepLine, stepOpenLabel, stepRequest, stepView } from '../../../src/lib/findings/steps'
import { openRequest } from '../../../src/lib/request/open'
import { A, B } from '../../helpers/scenario'

const carol = `arn:aws:iam::${A}:user/dev-carol`
const alice = `arn:aws:iam::${A}:user/admin-alice`

describe(arnEntity, () => {
  it('names the user, group, role or managed policy of an IAM ARN, whatever its path', () => {
    expect(arnEntity(carol)).toEqual({ kind: 'user', name: 'dev-carol', account: A })
    expect(arnEntity(`arn:aws:iam::${A}:role/service/ops/Deployer`)).toEqual({
      kind: 'role',
      name: 'Deployer',
      account: A,
    })
    expect(arnEntity(`arn:aws:iam::${B}:group/Admins`)).toEqual({ kind: 'group', name: 'Admins', account: B })
    expect(arnEntity(`arn:aws:iam::${A}:policy/team/DeveloperAccess`)).toEqual({
      kind: 'policy',
      name: 'DeveloperAccess',
      account: A,
    })
  })

  it('names the role of a session, and an AWS managed policy without an account', () => {
    expect(arnEntity(`arn:aws:sts::${A}:assumed-role/Deployer/build-7`)).toEqual({
      kind: 'role',
      name: 'Deployer',
      account: A,
    })
    expect(arnEntity('arn:aws:iam::aws:policy/AdministratorAccess')).toEqual({
      kind: 'policy',
      name: 'AdministratorAccess',
    })
  })

  it('names nothing for other ARNs and for text that is no ARN', () => {
    expect(arnEntity('arn:aws:s3:::bucket/key')).toBeUndefined()
    expect(arnEntity(`arn:aws:iam::${A}:root`)).toBeUndefined()
    expect(arnEntity(`arn:aws:iam::${A}:instance-profile/Web`)).toBeUndefined()
    expect(arnEntity('lambda.amazonaws.com')).toBeUndefined()
    expect(arnEntity('*')).toBeUndefined()
  })
})

describe(stepView, () => {
  const keys: PathStep = { principal: carol, action: 'iam:CreateAccessKey', resource: alice }

  it('reads the caller and the resource by name, keeping their ARNs, and numbers the step from 1', () => {
    const v = stepView(keys, 0, A)
    expect(v).toEqual({
      number: 1,
      principal: { text: 'User dev-carol', arn: carol },
      action: 'iam:CreateAccessKey',
      resource: { text: 'User admin-alice', arn: alice },
      context: [],
    })
    expect(stepLine(v)).toBe('User dev-carol → iam:CreateAccessKey → User admin-alice')
    expect(stepOpenLabel(v)).toBe(
      'Open step 1 in the playground: User dev-carol → iam:CreateAccessKey → User admin-alice',
    )
  })

  it('names another account, keeps an ARN that names no entity, and lists the condition keys', () => {
    const fn = `arn:aws:lambda:us-east-1:${A}:function:probe`
    const pass: PathStep = {
      principal: `arn:aws:iam::${B}:user/eve`,
      action: 'iam:PassRole',
      resource: fn,
      context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
    }
    const v = stepView(pass, 2, A)
    expect(v.number).toBe(3)
    expect(v.principal.text).toBe(`User eve (${B})`)
    expect(v.resource).toEqual({ text: fn, arn: fn })
    expect(v.context).toEqual(['iam:PassedToService = lambda.amazonaws.com'])
    expect(stepLine(v)).toBe(`User eve (${B}) → iam:PassRole → ${fn} (iam:PassedToService = lambda.amazonaws.com)`)
  })

  it('reads a service principal as a service', () => {
    const role = `arn:aws:iam::${A}:role/FnAdmin`
    const v = stepView({ principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: role }, 1, A)
    expect(stepLine(v)).toBe('AWS service lambda.amazonaws.com → sts:AssumeRole → Role FnAdmin')
    expect(v.principal.arn).toBe('lambda.amazonaws.com')
    expect(stepView({ principal: carol, action: 's3:GetObject', resource: '*' }, 0, A).resource.text).toBe('*')
  })
})

describe(stepRequest, () => {
  it('is the step as the form holds it: its caller, one action, one resource and exactly its keys', () => {
    const context = { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' }
    const step: PathStep = { principal: carol, action: 'iam:AttachUserPolicy', resource: carol, context }
    const request = stepRequest(step)
    expect(request).toEqual({
      principal: carol,
      actions: ['iam:AttachUserPolicy'],
      resources: [carol],
      context,
    })
    expect(request.context).not.toBe(context)
    // No keys: the form's keys are emptied, not kept from an earlier question.
    expect(stepRequest({ principal: carol, action: 'iam:CreateAccessKey', resource: alice }).context).toEqual({})
  })
})

describe(openRequest, () => {
  it('fills the form, then shows the playground', () => {
    const order: string[] = []
    const app = {
      question: { setRequest: vi.fn(() => order.push('form')) },
      navigation: { show: vi.fn(() => order.push('view')) },
    }
    openRequest(app, stepRequest({ principal: carol, action: 'iam:CreateAccessKey', resource: alice }))
    expect(app.question.setRequest).toHaveBeenCalledWith({
      principal: carol,
      actions: ['iam:CreateAccessKey'],
      resources: [alice],
      context: {},
    })
    expect(app.navigation.show).toHaveBeenCalledWith('playground')
    expect(order).toEqual(['form', 'view'])
  })
})
