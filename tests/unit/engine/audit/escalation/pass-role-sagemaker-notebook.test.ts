// iam:PassRole to SageMaker with sagemaker:CreateNotebookInstance and a presigned URL to the new notebook.
import { passRoleCases } from './support'

passRoleCases({
  id: 'passRoleSageMakerNotebook',
  service: 'sagemaker.amazonaws.com',
  actions: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
})
