// The activity log: CloudTrail-shaped records of the requests run, when each credential was last used, last
// accessed information per principal, and least-privilege policies generated from activity.
export { activityEvent, assumeRoleEvent } from './event'
export type { ActivityEventOptions } from './event'
export { credentialUse } from './last-used'
export { grantedServices, lastAccessed } from './last-accessed'
export type { LastAccessedOptions, LastAccessedReport, ServiceLastAccessed } from './last-accessed'
export { leastPrivilegePolicy } from './least-privilege'
export type { GeneratedStatement, LeastPrivilegeOptions, LeastPrivilegePolicy } from './least-privilege'
export {
  actionOf,
  callerOf,
  cloudTrailRecord,
  nextEventTime,
  outcomeOf,
  resourceOf,
  serviceOf,
  toJsonLines,
} from './log'
export { appendEvents } from './append'
export { ACTIVITY_LIMIT } from '../scenario/activity'
export type {
  ActivityEvent,
  EventResource,
  IdentityType,
  PlaygroundDecision,
  SessionContext,
  SessionIssuer,
  UserIdentity,
} from '../scenario/activity'
