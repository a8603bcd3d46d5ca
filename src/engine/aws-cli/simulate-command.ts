// "Copy as AWS CLI": the playground's question as AWS's own policy simulator takes it, so an answer can be checked
// against AWS. `simulate-principal-policy` asks about a real user, group or role of the account (SCPs of the real
// organization included); `simulate-custom-policy` takes the scenario's documents inline. IAM API Reference,
// SimulatePrincipalPolicy and SimulateCustomPolicy; AWS CLI `--context-entries` (ContextKeyName/Values/Type).
import { arnOfRole, indexScenario } from '../account/resolve-lookup'
import { policyText, principalPolicies, resolvePrincipal } from '../account/resolve'
import { resolveResource } from '../account/resolve-resource'
import type { SimulationRequest, SimulationResult } from '../account/simulate-types'
import type { AwsCliMessage } from '../messages/aws-cli.en'
import { awsCliMessage } from '../messages/aws-cli'
import type { NamedPolicy } from '../evaluate/input'
import type { Scenario } from '../scenario/model'
import { commandLines, compactJson } from './shell'

/** The commands for one question, and what they leave out. */
export interface AwsCliCommands {
  /** `aws iam simulate-principal-policy …`, when the caller is a user or a role (or a role's session). */
  principal?: string
  /** `aws iam simulate-custom-policy …` with the documents inline. */
  custom: string
  /** What the simulator does not simulate of this question, and what each command asks. */
  notes: AwsCliMessage[]
}

// The simulator's context key types, for the global keys that are not plain strings.
const KEY_TYPES: Record<string, string> = {
  'aws:sourceip': 'ip',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:epochtime': 'numeric',
  'aws:multifactorauthage': 'numeric',
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
}

/** `--context-entries` for the keys the documents name (the simulator asks the caller for every key it needs). */
function contextEntries(context: SimulationResult['context'], documents: string[]): string | undefined {
  const text = documents.join('\n').toLowerCase()
  const entries = Object.entries(context)
    .filter(([key]) => text.includes(key.toLowerCase()))
    .map(([key, value]) => {
      const type = KEY_TYPES[key.toLowerCase()] ?? 'string'
      const list = Array.isArray(value)
      return {
        ContextKeyName: key,
        ContextKeyValues: list ? value : [value],
        ContextKeyType: list ? `${type}List` : type,
      }
    })
  return entries.length > 0 ? JSON.stringify(entries) : undefined
}

/** A policy's document as the compact JSON the CLI takes. */
function documentOf(policy: NamedPolicy): string {
  return policy.text !== undefined ? compactJson(policy.text) : JSON.stringify(policy.document ?? {})
}

/** Builds both simulator commands for `request`, whose answer in the playground is `result`. */
export function simulateCommands(
  scenario: Scenario,
  request: SimulationRequest,
  result: SimulationResult,
): AwsCliCommands {
  const ix = indexScenario(scenario)
  const caller = resolvePrincipal(ix, request.principal)
  const policies = principalPolicies(ix, caller)
  const resource = resolveResource(ix, request.action, request.resource)
  const identity = policies.identity.map((p) => documentOf(p.policy))
  const boundary = policies.boundary && documentOf(policies.boundary.policy)
  const resourcePolicy = resource.policy && compactJson(policyText(resource.policy.body))
  const orgPolicies = result.trace.policyTypes.some((t) => t.type === 'scp' || t.type === 'rcp')
  // The organization's policies name keys too (`aws:RequestedRegion`): the principal command's real SCPs need them.
  const orgTexts = orgPolicies ? (scenario.organization?.policies ?? []).map((p) => policyText(p.document)) : []
  const context = contextEntries(result.context, [...identity, boundary ?? '', resourcePolicy ?? '', ...orgTexts])
  const notes: AwsCliMessage[] = []
  const isUser = caller.kind === 'user'

  const asked: [string, ...string[]][] = [
    ['--action-names', request.action],
    ['--resource-arns', request.resource],
  ]
  if (resourcePolicy) asked.push(['--resource-policy', resourcePolicy])
  if (resource.account && caller.account && resource.account !== caller.account) {
    asked.push(['--resource-owner', `arn:aws:iam::${resource.account}:root`])
  }
  if (context) asked.push(['--context-entries', context])

  let principal: string | undefined
  const source = isUser ? caller.arn : caller.role ? arnOfRole(ix, caller.role) : undefined
  if (source) {
    const head: [string, ...string[]][] = [['--policy-source-arn', source]]
    if (resourcePolicy && !isUser) notes.push(awsCliMessage('awsCli.callerNotUser', { principal: caller.arn }))
    principal = commandLines('aws iam simulate-principal-policy', [...head, ...asked])
    notes.push(awsCliMessage('awsCli.principalCommand', { source }))
    if (caller.sessionName) notes.push(awsCliMessage('awsCli.sessionAsRole', { role: source }))
  } else {
    notes.push(awsCliMessage('awsCli.noPrincipalCommand', { principal: caller.arn }))
  }

  const custom: [string, ...string[]][] = [['--policy-input-list', ...(identity.length > 0 ? identity : ['{}'])]]
  if (boundary) custom.push(['--permissions-boundary-policy-input-list', boundary])
  if (resourcePolicy && isUser) custom.push(['--caller-arn', caller.arn])
  notes.push(awsCliMessage('awsCli.customCommand'))
  if (policies.session.length > 0 && !caller.sessionName) notes.push(awsCliMessage('awsCli.sessionPolicies'))
  if (orgPolicies) notes.push(awsCliMessage('awsCli.orgPolicies'))
  return {
    ...(principal ? { principal } : {}),
    custom: commandLines('aws iam simulate-custom-policy', [...custom, ...asked]),
    notes,
  }
}
