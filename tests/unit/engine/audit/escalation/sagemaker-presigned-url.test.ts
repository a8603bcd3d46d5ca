// sagemaker:CreatePresignedNotebookInstanceUrl on a notebook instance whose execution role can do more.
import { A, REGION, resourceCases } from './support'

resourceCases({
  id: 'sageMakerPresignedUrl',
  service: 'sagemaker.amazonaws.com',
  resource: { arn: `arn:aws:sagemaker:${REGION}:${A}:notebook-instance/research`, executionRole: 'Target' },
  actions: ['sagemaker:CreatePresignedNotebookInstanceUrl'],
  used: 'sagemaker:CreatePresignedNotebookInstanceUrl',
})
