import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'] as const

/** A new CodeBuild project with a more powerful service role, then built: the buildspec's commands run as the role. */
export const passRoleCodeBuild: Technique<'role'> = {
  id: 'passRoleCodeBuild',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to CodeBuild on a role of its account that CodeBuild may assume, with `codebuild:CreateProject` and `codebuild:StartBuild` on the new project',
  gains: 'what the role can do, through build commands the principal writes',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'codebuild.amazonaws.com',
      requests: (account, region) => {
        const project = `arn:aws:codebuild:${region}:${account}:project/${PROBE_NAME}`
        return [
          { action: 'codebuild:CreateProject', resource: project },
          { action: 'codebuild:StartBuild', resource: project },
        ]
      },
    })
  },
}
