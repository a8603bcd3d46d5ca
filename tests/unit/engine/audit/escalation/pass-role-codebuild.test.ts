// iam:PassRole to CodeBuild with codebuild:CreateProject and codebuild:StartBuild.
import { passRoleCases } from './support'

passRoleCases({
  id: 'passRoleCodeBuild',
  service: 'codebuild.amazonaws.com',
  actions: ['codebuild:CreateProject', 'codebuild:StartBuild'],
})
