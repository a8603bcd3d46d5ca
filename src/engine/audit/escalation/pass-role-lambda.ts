import type { RoleActor } from './search'
import { mentionsAll, passRole, PROBE_NAME, type ServiceRequest } from './pass-role'
import type { ActorContext, Step, Technique } from './technique'

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
    return passToNewFunction(ctx, role, (fn) => ({ action: 'lambda:InvokeFunction', resource: fn }))
  },
}

/**
 * The step by which the actor creates a Lambda function with a more powerful role and has it run: the creation, then
 * `run` (an invocation, or an event source mapping) on the new function's ARN.
 */
export function passToNewFunction(
  ctx: ActorContext,
  role: RoleActor,
  run: (fn: string) => ServiceRequest,
): Step | undefined {
  return passRole(ctx, role, {
    principal: 'lambda.amazonaws.com',
    requests: (account, region) => {
      const fn = probeFunction(account, region)
      return [{ action: 'lambda:CreateFunction', resource: fn }, run(fn)]
    },
  })
}
