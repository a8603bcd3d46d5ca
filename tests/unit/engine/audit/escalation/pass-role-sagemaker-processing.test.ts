// iam:PassRole to SageMaker with sagemaker:CreateProcessingJob.
import { passRoleCases } from './support'

passRoleCases({
  id: 'passRoleSageMakerProcessing',
  service: 'sagemaker.amazonaws.com',
  actions: ['sagemaker:CreateProcessingJob'],
})
