// iam:PassRole to SageMaker with sagemaker:CreateTrainingJob.
import { passRoleCases } from './support'

passRoleCases({
  id: 'passRoleSageMakerTraining',
  service: 'sagemaker.amazonaws.com',
  actions: ['sagemaker:CreateTrainingJob'],
})
