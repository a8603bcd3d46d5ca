import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'] as const

/**
 * A new Data Pipeline given a more powerful pipeline role, with a definition that runs the principal's commands (a
 * `ShellCommandActivity`). The pipeline role is the one Data Pipeline assumes (its trust policy names
 * `datapipeline.amazonaws.com`, with `elasticmapreduce.amazonaws.com` for EMR clusters); the commands run on an
 * instance the pipeline launches with it. `datapipeline:CreatePipeline` takes no resource; the definition is put on
 * the new pipeline (its ID is made up here).
 */
export const passRoleDataPipeline: Technique<'role'> = {
  id: 'passRoleDataPipeline',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to Data Pipeline on a role of its account that Data Pipeline may assume, with `datapipeline:CreatePipeline` and `datapipeline:PutPipelineDefinition`',
  gains: 'what the role can do, through pipeline activities the principal defines',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'datapipeline.amazonaws.com',
      requests: (account, region) => [
        { action: 'datapipeline:CreatePipeline', resource: '*' },
        {
          action: 'datapipeline:PutPipelineDefinition',
          resource: `arn:aws:datapipeline:${region}:${account}:pipeline/df-${PROBE_NAME}`,
        },
      ],
    })
  },
}
