import { LAMBDA_FUNCTION } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { mentionsAll, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/**
 * New code for an existing Lambda function that runs as a more powerful role. The principal runs it with
 * `lambda:InvokeFunction` when it may; otherwise the function's own triggers (an event source, a schedule, an API)
 * run the new code the next time they fire, so the update alone is the step.
 */
export const updateFunctionCode: Technique<'role'> = {
  id: 'updateFunctionCode',
  actions: ['lambda:UpdateFunctionCode', 'lambda:InvokeFunction'],
  target: 'role',
  checks:
    '`lambda:UpdateFunctionCode` (and `lambda:InvokeFunction`, else its triggers) on a function of its account whose execution role can do more',
  gains: 'what the function’s role can do, through code the principal writes',
  possible: (ctx) => mentionsAll(ctx, ['lambda:UpdateFunctionCode']),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'updateFunctionCode',
      principal: 'lambda.amazonaws.com',
      kind: LAMBDA_FUNCTION,
      example: (account, region) => `arn:aws:lambda:${region}:${account}:function:${PROBE_NAME}`,
      ways: (fn) => [
        [
          { action: 'lambda:UpdateFunctionCode', resource: fn },
          { action: 'lambda:InvokeFunction', resource: fn },
        ],
        [{ action: 'lambda:UpdateFunctionCode', resource: fn }],
      ],
    })
  },
}
