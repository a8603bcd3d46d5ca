// The fixed words of the policy language with one-line docs, shared by completion and hover.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
import { PRINCIPAL_TYPES as TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from '../../engine/index'
import { t } from '../i18n/index'

// Worded when asked, not when the module loads: the page's language (and its catalog, loaded on demand) may change.

/** What each policy element is for, in the page's language. */
export function elementDocs(): Record<string, string> {
  return Object.fromEntries(
    [...TOP_ELEMENTS, ...STATEMENT_ELEMENTS].map((element) => [element, t(`editor.element.${element}`)]),
  )
}

/** The `Version` values AWS accepts, with what they mean. */
export function versions(): readonly [string, string][] {
  return [
    ['2012-10-17', t('editor.version.current')],
    ['2008-10-17', t('editor.version.legacy')],
  ]
}

/** The keys of a `Principal` object, with what they name. */
export function principalTypes(): readonly [string, string][] {
  return TYPES.map((type) => [type, t(`editor.principalType.${type}`)])
}

/** Common service principals, for trust policies. */
export const SERVICE_PRINCIPALS: readonly string[] = [
  'lambda.amazonaws.com',
  'ec2.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'states.amazonaws.com',
  'events.amazonaws.com',
  'apigateway.amazonaws.com',
  'cloudformation.amazonaws.com',
  'codebuild.amazonaws.com',
  'glue.amazonaws.com',
  'sns.amazonaws.com',
  'sqs.amazonaws.com',
  's3.amazonaws.com',
  'cloudtrail.amazonaws.com',
  'logs.amazonaws.com',
]

/** Common federated identity providers. */
export const FEDERATED_PRINCIPALS: readonly string[] = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'www.amazon.com',
  'graph.facebook.com',
]
