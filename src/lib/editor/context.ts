// What the policy editor offers in completion from the open scenario: its resource and principal ARNs.
import { arns, type Scenario } from '../../engine/index'
import type { EditorContext } from './config'

/** The scenario's resource ARNs (resources, roles) and principal ARNs (users, roles, accounts). */
export function editorContext(scenario: Scenario): EditorContext {
  const roles = (scenario.roles ?? []).map((r) => arns.roleArn(scenario, r))
  return {
    resourceArns: [...(scenario.resources ?? []).map((r) => r.arn), ...roles],
    principalArns: [
      ...(scenario.users ?? []).map((u) => arns.userArn(scenario, u)),
      ...roles,
      ...scenario.accounts.map((a) => arns.rootArn(a.id)),
    ],
  }
}
