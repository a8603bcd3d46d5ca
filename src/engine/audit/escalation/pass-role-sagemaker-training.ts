import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'sagemaker:CreateTrainingJob'] as const

/** A new SageMaker training job with a more powerful role: the principal's container image runs as the role. */
export const passRoleSageMakerTraining: Technique<'role'> = {
  id: 'passRoleSageMakerTraining',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to SageMaker on a role of its account that SageMaker may assume, with `sagemaker:CreateTrainingJob`',
  gains: 'what the role can do, through a training container the principal chooses',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'sagemaker.amazonaws.com',
      requests: (account, region) => [
        {
          action: 'sagemaker:CreateTrainingJob',
          resource: `arn:aws:sagemaker:${region}:${account}:training-job/${PROBE_NAME}`,
        },
      ],
    })
  },
}
