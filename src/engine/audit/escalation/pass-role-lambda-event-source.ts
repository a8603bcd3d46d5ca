import { mentionsAll } from './pass-role'
import { passToNewFunction } from './pass-role-lambda'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'] as const

/**
 * A new Lambda function given a more powerful role, run by an event source instead of an invocation: the principal
 * maps a stream or queue (a DynamoDB stream, say) to the function, and the function runs when a record arrives. The
 * technique assumes such a source exists or can be written to; `lambda:CreateEventSourceMapping` takes no resource,
 * and is asked with `lambda:FunctionArn` naming the new function.
 */
export const passRoleLambdaEventSource: Technique<'role'> = {
  id: 'passRoleLambdaEventSource',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to Lambda on a role of its account that Lambda may assume, with `lambda:CreateFunction` and `lambda:CreateEventSourceMapping` for the new function',
  gains: 'what the role can do, through code the principal writes and an event source runs',
  unless: ['passRoleLambda'],
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passToNewFunction(ctx, role, (fn) => ({
      action: 'lambda:CreateEventSourceMapping',
      resource: '*',
      context: { 'lambda:FunctionArn': fn },
    }))
  },
}
