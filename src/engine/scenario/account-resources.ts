// The ARNs of everything in a scenario that a request can name as its resource, in a fixed order: its resources, then
// its roles, users, groups and customer managed policies (IAM entities are resources of IAM and STS actions).
import { groupArn, policyArn, roleArn, userArn } from './arns'
import type { Scenario } from './model'

const lists = new WeakMap<Scenario, string[]>()

/** Every resource ARN of the scenario, each once (remembered per scenario object: scenarios are values). */
export function accountResourceArns(scenario: Scenario): string[] {
  let out = lists.get(scenario)
  if (!out) {
    out = [
      ...new Set([
        ...(scenario.resources ?? []).map((r) => r.arn),
        ...(scenario.roles ?? []).map((r) => roleArn(scenario, r)),
        ...(scenario.users ?? []).map((u) => userArn(scenario, u)),
        ...(scenario.groups ?? []).map((g) => groupArn(scenario, g)),
        ...(scenario.policies ?? []).map((p) => policyArn(scenario, p)),
      ]),
    ]
    lists.set(scenario, out)
  }
  return out
}
