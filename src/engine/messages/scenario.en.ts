// The English of problems found in a scenario document (`ScenarioIssue.messageText`): one line each, lower-case
// start; user values come quoted as params (`"devs"`), field and AWS names in backticks.
import { message, type EngineMessage, type MessageParam } from './message'

export const SCENARIO_EN = {
  'scenario.missingVersion': 'missing `version`: write `"version": {version}`',
  'scenario.badVersion': '`version` must be a whole number; found {found}',
  'scenario.newerVersion':
    'this scenario is version {version}, newer than this playground reads ({current}); open it in a newer version of the playground',
  'scenario.migrated': 'migrated from version {from} to {to}; save it again to keep the new form',
  'scenario.noAccount': 'at least one account is needed: the first is the default account',
  'scenario.duplicateAccount': 'duplicate account ID {id}',
  'scenario.unknownAccount': 'unknown account {account}: add it to `accounts`',
  'scenario.hostileKey': 'the key {key} is not allowed anywhere in a scenario',
  'scenario.notJsonNumber': '{value} is not a JSON number',
  'scenario.empty': 'must not be empty',
  'scenario.notIsoDate': '{value} is not an ISO 8601 date (`2024-05-01T12:00:00Z`)',
  'scenario.notWholeNumber': '{value} is not a whole number',
  'scenario.groupTwice': 'group {name} is listed twice',
  'scenario.unknownGroupNear': 'unknown group {name} (did you mean {near}?)',
  'scenario.unknownGroupIsUser': "unknown group {name}: that is a user; a user's `groups` lists groups",
  'scenario.groupInGroup': 'IAM groups cannot contain groups: {name} is a group',
  'scenario.attachedTwice': '{ref} is attached twice',
  'scenario.unknownManagedPolicy': 'unknown managed policy {ref}: no policy in `policies` has this ARN',
  'scenario.noVersions': 'a managed policy needs at least one version',
  'scenario.duplicateVersion': 'duplicate version ID {id}',
  'scenario.sessionIssuedLater': 'the session is issued after the environment time',
  'scenario.sessionExpired': 'the session has expired by the environment time',
} as const satisfies Record<string, string>

/** A key of the scenario messages. */
export type ScenarioMessageKey = keyof typeof SCENARIO_EN

/** A problem in a scenario document, as a message. */
export type ScenarioMessage = EngineMessage<ScenarioMessageKey>

/** Makes a scenario message (a key the table lacks is a type error). */
export function scenarioMessage(
  key: ScenarioMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): ScenarioMessage {
  return message(key, params)
}
