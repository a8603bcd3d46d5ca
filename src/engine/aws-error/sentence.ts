// AWS's access denied sentence, as the CLI, the SDKs and the console print it (IAM User Guide, "Access denied error
// messages"): `User: ARN is not authorized to perform: ACTION [on resource: ARN] [because no PLACE allows the ACTION
// action | with an explicit deny in PLACE[: POLICY-ARN]]`, inside `An error occurred (CODE) when calling the OP
// operation: …` or `CODE: …` lines.
import type { AwsDenyPlace, AwsDenyReason, AwsErrorReport, AwsErrorSession } from './types'

/** The place phrases of AWS's messages, lower-cased, without their article. */
const PLACES: Record<string, AwsDenyPlace> = {
  'service control policy': 'scp',
  'resource control policy': 'rcp',
  'permissions boundary': 'boundary',
  'identity-based policy': 'identity',
  'resource-based policy': 'resource',
  'session policy': 'session',
  'vpc endpoint policy': 'vpce',
}

const DENIED = /(?:User: )?(\S+) is not authorized to perform: ([A-Za-z0-9-]+:[A-Za-z0-9*]+)/
const CLI_LINE = /An error occurred \(([\w.]+)\) when calling the (\w+) operation/
const CODE = /\b(AccessDeniedException|AccessDenied|Client\.UnauthorizedOperation|UnauthorizedOperation)\b/
const ENCODED = /Encoded authorization failure message:\s*([A-Za-z0-9_\-+/=]+)/
const SESSION_ARN = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/
const ACCOUNT_OF_ARN = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/

// Where the resource ends: the reason, the encoded message, the end of the line.
const RESOURCE_END = / because no | with an explicit deny| ?\.?\s*Encoded authorization failure message|\n|\r/

/** `arn:…:assumed-role/ROLE/SESSION` as the session it names. */
export function sessionOfArn(arn: string): AwsErrorSession | undefined {
  const m = SESSION_ARN.exec(arn)
  return m ? { role: m[2]!, sessionName: m[3]! } : undefined
}

/** The account of an IAM or STS ARN. */
export function accountOfArn(arn: string): string | undefined {
  return ACCOUNT_OF_ARN.exec(arn)?.[1]
}

/** A place phrase (`an explicit deny in a service control policy`) as the place, or the phrase when unknown. */
function placeOf(phrase: string): AwsDenyPlace | string {
  const bare = phrase
    .trim()
    .replace(/^(?:an?|the)\s+/i, '')
    .toLowerCase()
  return PLACES[bare] ?? phrase.trim()
}

/** Reads the reason that follows the resource (or the action). */
function reasonOf(rest: string): { reason?: AwsDenyReason; unknownPlace?: string } {
  const noAllow = /^\s*because no (.+?) allows the \S+ action/.exec(rest)
  const explicit = /^\s*with an explicit deny in (.+?)(?::\s*(arn:\S+?))?\s*(?:\.\s|\.?$|\.?\n|\.?\s*Encoded)/.exec(
    rest,
  )
  const match = noAllow ?? explicit
  if (!match) return {}
  const place = placeOf(match[1]!)
  if (!Object.values(PLACES).includes(place as AwsDenyPlace)) return { unknownPlace: match[1]!.trim() }
  const reason: AwsDenyReason = { kind: noAllow ? 'no-allow' : 'explicit', place: place as AwsDenyPlace }
  if (explicit?.[2]) reason.policyArn = explicit[2].replace(/[.,;]+$/, '')
  return { reason }
}

/** The resource written after `on resource: `: up to the reason or the line's end, without quotes or a final dot. */
function resourceOf(rest: string): { resource?: string; after: string } {
  const on = /^ on resource: /.exec(rest)
  if (!on) return { after: rest }
  const tail = rest.slice(on[0].length)
  if (tail.startsWith('"')) {
    const close = tail.indexOf('"', 1)
    if (close > 0) return { resource: tail.slice(1, close), after: tail.slice(close + 1) }
  }
  const end = RESOURCE_END.exec(tail)
  const raw = end ? tail.slice(0, end.index) : tail
  return { resource: raw.trim().replace(/\.$/, ''), after: end ? tail.slice(end.index) : '' }
}

/** The request of the first access denied sentence in `text`, or undefined when it holds none. */
export function readDeniedSentence(text: string): AwsErrorReport | undefined {
  const cli = CLI_LINE.exec(text)
  const code = cli?.[1] ?? CODE.exec(text)?.[1]
  const encoded = ENCODED.exec(text)?.[1]
  const ec2 = code !== undefined && /UnauthorizedOperation$/.test(code)
  const denied = DENIED.exec(text)
  if (!denied) {
    // EC2's older message says only "You are not authorized to perform this operation" and the encoded reason.
    if (!ec2 || !cli) return undefined
    const report: AwsErrorReport = { form: 'ec2-unauthorized', code, operation: cli[2]!, action: `ec2:${cli[2]!}` }
    if (encoded) report.encodedMessage = encoded
    return report
  }
  const principal = denied[1]!.replace(/^"|"$/g, '')
  const { resource, after } = resourceOf(text.slice(denied.index + denied[0].length))
  const report: AwsErrorReport = { form: ec2 ? 'ec2-unauthorized' : 'message', principal, action: denied[2]! }
  if (code) report.code = code
  if (cli) report.operation = cli[2]!
  if (resource) report.resource = resource
  const account = accountOfArn(principal)
  if (account) report.account = account
  const session = sessionOfArn(principal)
  if (session) report.session = session
  Object.assign(report, reasonOf(after))
  if (encoded) report.encodedMessage = encoded
  return report
}
