// Whom the escalation search checks: the users and roles of the scenario, as sources and targets of its steps.
import { isServiceLinked, roleArn, userArn } from '../../scenario/arns'
import type { Role, Scenario, User } from '../../scenario/model'

/** A user of the base scenario, as an escalation source or target. */
export interface UserActor {
  kind: 'user'
  entity: User
  arn: string
}

/** A role of the base scenario (service-linked roles excepted), as an escalation source or target. */
export interface RoleActor {
  kind: 'role'
  entity: Role
  arn: string
}

/** A user or role of the base scenario. */
export type Actor = UserActor | RoleActor

/** The users, then the roles (service-linked roles excepted), in scenario order: whom the search checks. */
export function escalationActors(scenario: Scenario): Actor[] {
  return [
    ...(scenario.users ?? []).map((entity): Actor => ({ kind: 'user', entity, arn: userArn(scenario, entity) })),
    ...(scenario.roles ?? [])
      .filter((r) => !isServiceLinked(r))
      .map((entity): Actor => ({ kind: 'role', entity, arn: roleArn(scenario, entity) })),
  ]
}

/** How many principals the escalation search checks (for an app that runs it in steps, with progress). */
export function escalationPrincipalCount(scenario: Scenario): number {
  return (scenario.users?.length ?? 0) + (scenario.roles ?? []).filter((r) => !isServiceLinked(r)).length
}
