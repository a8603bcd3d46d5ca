import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = [
  'iam:PassRole',
  'sagemaker:CreateNotebookInstance',
  'sagemaker:CreatePresignedNotebookInstanceUrl',
] as const

/** A new SageMaker notebook instance with a more powerful role, opened through a presigned URL: its Jupyter runs as the role. */
export const passRoleSageMakerNotebook: Technique<'role'> = {
  id: 'passRoleSageMakerNotebook',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to SageMaker on a role of its account that SageMaker may assume, with `sagemaker:CreateNotebookInstance` and `sagemaker:CreatePresignedNotebookInstanceUrl` on the new notebook instance',
  gains: 'what the role can do, from a notebook the principal opens',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'sagemaker.amazonaws.com',
      requests: (account, region) => {
        const notebook = `arn:aws:sagemaker:${region}:${account}:notebook-instance/${PROBE_NAME}`
        return [
          { action: 'sagemaker:CreateNotebookInstance', resource: notebook },
          { action: 'sagemaker:CreatePresignedNotebookInstanceUrl', resource: notebook },
        ]
      },
    })
  },
}
