import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'sagemaker:CreateProcessingJob'] as const

/** A new SageMaker processing job with a more powerful role: the principal's container and entry point run as the role. */
export const passRoleSageMakerProcessing: Technique<'role'> = {
  id: 'passRoleSageMakerProcessing',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to SageMaker on a role of its account that SageMaker may assume, with `sagemaker:CreateProcessingJob`',
  gains: 'what the role can do, through a processing container the principal chooses',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'sagemaker.amazonaws.com',
      requests: (account, region) => [
        {
          action: 'sagemaker:CreateProcessingJob',
          resource: `arn:aws:sagemaker:${region}:${account}:processing-job/${PROBE_NAME}`,
        },
      ],
    })
  },
}
