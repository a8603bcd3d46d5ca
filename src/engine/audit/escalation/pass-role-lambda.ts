import { passRole } from './pass-role'
import type { Technique } from './technique'

/** A more powerful role passed to a new Lambda function: the function's code runs as the role. */
export const passRoleLambda: Technique<'role'> = {
  id: 'passRoleLambda',
  actions: ['iam:PassRole', 'lambda:CreateFunction'],
  target: 'role',
  checks: '`iam:PassRole` to Lambda on a role of its account that Lambda may assume, with `lambda:CreateFunction`',
  gains: 'what the role can do, through code the principal writes',
  possible: (ctx) => ctx.mentions('iam:PassRole') && ctx.mentions('lambda:CreateFunction'),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'lambda.amazonaws.com',
      action: 'lambda:CreateFunction',
      resource: (account, region) => `arn:aws:lambda:${region}:${account}:function:iam-playground-probe`,
    })
  },
}
