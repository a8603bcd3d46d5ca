import { SAGEMAKER_NOTEBOOK } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { mentionsAll, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/** A presigned URL to an existing SageMaker notebook instance with a more powerful role: its Jupyter runs as the role. */
export const sageMakerPresignedUrl: Technique<'role'> = {
  id: 'sageMakerPresignedUrl',
  actions: ['sagemaker:CreatePresignedNotebookInstanceUrl'],
  target: 'role',
  checks:
    '`sagemaker:CreatePresignedNotebookInstanceUrl` on a notebook instance of its account whose execution role can do more',
  gains: 'what the notebook’s role can do, from a notebook the principal opens',
  possible: (ctx) => mentionsAll(ctx, ['sagemaker:CreatePresignedNotebookInstanceUrl']),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'sageMakerPresignedUrl',
      principal: 'sagemaker.amazonaws.com',
      kind: SAGEMAKER_NOTEBOOK,
      example: (account, region) => `arn:aws:sagemaker:${region}:${account}:notebook-instance/${PROBE_NAME}`,
      ways: (notebook) => [[{ action: 'sagemaker:CreatePresignedNotebookInstanceUrl', resource: notebook }]],
    })
  },
}
