// The error of a denied request as AWS words it: "User: ARN is not authorized to perform: ACTION on resource: ARN"
// followed by the policy type that denied ("with an explicit deny in a service control policy", "because no
// identity-based policy allows the ACTION action"), chosen from the trace's rule and deciding statements.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
import type { PolicySource, SimulationResult } from '../account/simulate-types'
import { RULES } from '../evaluate/rules'
import type { PolicyType } from '../trace/types'
import { accessDeniedCode, expiredTokenCode } from './services'

/** The `errorCode` and `errorMessage` of a request. */
export interface RequestError {
  code: string
  message: string
}

/** How AWS names each policy type in an access denied message. */
const POLICY_TYPE: Record<PolicyType, string> = {
  scp: 'service control policy',
  rcp: 'resource control policy',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
}

const article = (phrase: string) => (/^[aeiou]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`)

/**
 * The error of `result` for `action` on `resource`; undefined when it was allowed. A managed policy that decides an
 * explicit deny is named by its ARN unless the request crosses accounts, as AWS's newer messages do.
 */
export function requestError(result: SimulationResult, action: string, resource: string): RequestError | undefined {
  if (result.decision === 'Allow') return undefined
  const service = action.slice(0, action.indexOf(':'))
  const trace = result.trace
  const code = accessDeniedCode(service)
  const start = `User: ${result.principal.arn} is not authorized to perform: ${action}`
  const base = resource === '*' ? start : `${start} on resource: ${resource}`
  const explicit = (type: PolicyType, source?: PolicySource) => {
    const arn = source?.arn && !trace.request.crossAccount ? `: ${source.arn}` : ''
    return `${base} with an explicit deny in ${article(POLICY_TYPE[type])}${arn}`
  }
  const implicit = (type: PolicyType) => `${base} because no ${POLICY_TYPE[type]} allows the ${action} action`
  const say = (message: string): RequestError => ({
    code,
    message:
      code === 'Client.UnauthorizedOperation'
        ? `You are not authorized to perform this operation. ${message}`
        : message,
  })
  const denial = RULES[trace.rule.code].denial
  switch (denial.kind) {
    case 'explicit': {
      if (denial.type) return say(explicit(denial.type))
      const first = trace.decisive[0]
      return say(first ? explicit(first.type, result.sources[first.policyId]) : base)
    }
    case 'implicit':
      return say(implicit(denial.type))
    case 'plain':
      return say(base)
    case 'root-assume':
      return { code, message: 'Roles may not be assumed by root accounts.' }
    case 'anonymous':
      return { code, message: 'Access Denied' }
    case 'expired':
      return { code: expiredTokenCode(service), message: 'The security token included in the request is expired' }
    case 'invalid':
      // https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
      return { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid' }
    case 'protected':
      return protectedError(action, resource, base, say)
    case 'none':
      return say(implicit('identity'))
  }
}

/**
 * A write to a resource only AWS may change. IAM answers a protected role with `UnmodifiableEntity` ("Cannot perform
 * the operation on the protected role 'NAME' - this role is only modifiable by AWS", AWS re:Post); for AWS managed
 * policies and `alias/aws/` no wording is documented, so the ordinary access-denied message stands.
 */
function protectedError(
  action: string,
  resource: string,
  base: string,
  say: (message: string) => RequestError,
): RequestError {
  const role = /:role\/(?:.*\/)?([^/]+)$/.exec(resource)
  if (action.toLowerCase().startsWith('iam:') && role) {
    return {
      code: 'UnmodifiableEntity',
      message: `Cannot perform the operation on the protected role '${role[1]}' - this role is only modifiable by AWS`,
    }
  }
  return say(base)
}
