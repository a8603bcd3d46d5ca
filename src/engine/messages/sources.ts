// Makes the sources messages ({ key, params }); their English templates are in sources.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { SourceMessageKey, SourceMessage, EntityKind } from './sources.en'

/** Makes a source message (a key the table lacks is a type error). */
export function sourceMessage(key: SourceMessageKey, params?: Readonly<Record<string, MessageParam>>): SourceMessage {
  return message(key, params)
}

/** "user `alice`", "OU `Dev`", "the organization root `Root`". */
export function entityText(kind: EntityKind, name: string): SourceMessage {
  return sourceMessage(`entity.${kind}`, { name })
}

/** Services whose resources take a resource-based policy of their own (bucket, key, queue, topic, function… policy). */
export const RESOURCE_POLICY_SERVICES: ReadonlySet<string> = new Set([
  's3',
  'kms',
  'sqs',
  'sns',
  'lambda',
  'secretsmanager',
  'dynamodb',
  'ecr',
  'logs',
  'glacier',
])

/** "bucket policy of `photos`", "key policy of `1234abcd`", else "resource-based policy of `name`". */
export function resourcePolicyText(service: string | undefined, name: string): SourceMessage {
  return service !== undefined && RESOURCE_POLICY_SERVICES.has(service)
    ? sourceMessage(`policyLabel.resource.${service}` as SourceMessageKey, { name })
    : sourceMessage('policyLabel.resource', { name })
}
