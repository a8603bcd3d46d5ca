// What the policy editor offers in completion from the open scenario: its resource and principal ARNs.
import { arns, type Scenario } from '../../engine/index'
import { lastResult } from '../state/same-result'
import type { EditorContext } from './config'

/**
 * The scenario's resource ARNs (resources, roles) and principal ARNs (users, roles, accounts); the same object while
 * those parts are unchanged (each keystroke in the editor stores a new scenario, mostly with the same entities).
 */
export function editorContext(scenario: Scenario): EditorContext {
  return context(scenario)
}

const context = lastResult((s: Scenario) => [s.resources, s.roles, s.users, s.accounts], contextOf)

function contextOf(scenario: Scenario): EditorContext {
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
