import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'] as const

/** The ARN of the function a Lambda technique would create, in the account and Region. */
export const probeFunction = (account: string, region: string): string =>
  `arn:aws:lambda:${region}:${account}:function:${PROBE_NAME}`

/** A new Lambda function given a more powerful role, then invoked: the function's code runs as the role. */
export const passRoleLambda: Technique<'role'> = {
  id: 'passRoleLambda',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to Lambda on a role of its account that Lambda may assume, with `lambda:CreateFunction` and `lambda:InvokeFunction` on the new function',
  gains: 'what the role can do, through code the principal writes and runs',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'lambda.amazonaws.com',
      requests: (account, region) => {
        const fn = probeFunction(account, region)
        return [
          { action: 'lambda:CreateFunction', resource: fn },
          { action: 'lambda:InvokeFunction', resource: fn },
        ]
      },
    })
  },
}
