import { EC2_INSTANCE } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/**
 * Commands on an existing EC2 instance whose instance profile holds a more powerful role, through Systems Manager:
 * `ssm:SendCommand` on the instance and on the AWS-owned document `AWS-RunShellScript` (both resources are
 * authorized), or else `ssm:StartSession` on the instance (the default session document needs no grant of its own
 * unless `ssm:SessionDocumentAccessCheck` asks for one). The instance must run the SSM Agent, as most AMIs do.
 */
export const ssmCommand: Technique<'role'> = {
  id: 'ssmCommand',
  actions: ['ssm:SendCommand', 'ssm:StartSession'],
  target: 'role',
  checks: '`ssm:SendCommand` or `ssm:StartSession` on an instance of its account whose instance profile can do more',
  gains: 'what the instance’s role can do, through commands the principal runs on it',
  possible: (ctx) => ctx.mentions('ssm:SendCommand') || ctx.mentions('ssm:StartSession'),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'ssmCommand',
      principal: 'ec2.amazonaws.com',
      kind: EC2_INSTANCE,
      example: (account, region) => `arn:aws:ec2:${region}:${account}:instance/i-${PROBE_NAME}`,
      ways: (instance, _account, region) => [
        [
          { action: 'ssm:SendCommand', resource: instance },
          { action: 'ssm:SendCommand', resource: `arn:aws:ssm:${region}::document/AWS-RunShellScript` },
        ],
        [{ action: 'ssm:StartSession', resource: instance }],
      ],
      usable: (r) => (r.entity.instanceProfiles?.length ?? 0) > 0,
    })
  },
}
