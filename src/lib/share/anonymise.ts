// Consistent anonymisation of a shared state: account IDs, user/role/group names, tag values and secrets.
// Works on the JSON text with a stable mapping (same original, same replacement), then re-checks the result.
import { checkSharedState, type SharedCheck, type SharedState } from './schema'
import { scanSecrets } from './secrets'
import { scenarioParserReady } from '../store/scenario-parser'

const ACCOUNT_ID = /(?<![0-9])[0-9]{12}(?![0-9])/g
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"(\s*:)?/g
const NAME_CHARS = '[\\w+=,.@-]+'
// `user/alice`, `role/team/Admin`, `assumed-role/Admin/session`: the kind, an optional path, and the name.
const PATH_REF = new RegExp(
  `(^|[:/"\\s])(user|role|group|assumed-role)/((?:${NAME_CHARS}/)*?)(${NAME_CHARS})(?=$|[/"\\s*?])`,
  'g',
)
// Values too generic to be a tag value worth hiding, and which policies use with other meanings.
const GENERIC = /^(?:true|false|[0-9]*|)$/i

type Kind = 'user' | 'role' | 'group'

/** Numbers the n-th replacement account ID: 111111111111 … 999999999999, then 000000000010 onwards. */
function accountCandidate(n: number): string {
  return n <= 9 ? String(n).repeat(12) : String(n).padStart(12, '0')
}

function collect(state: SharedState) {
  const names: Record<Kind, Map<string, string>> = { user: new Map(), role: new Map(), group: new Map() }
  const tagValues = new Map<string, string>()
  const s = state.scenario
  const addTags = (tags: Record<string, string> | undefined) => {
    for (const value of Object.values(tags ?? {})) {
      if (!GENERIC.test(value) && !tagValues.has(value)) tagValues.set(value, `value${tagValues.size + 1}`)
    }
  }
  for (const u of s.users ?? []) {
    names.user.set(u.name, `user${names.user.size + 1}`)
    addTags(u.tags)
  }
  for (const r of s.roles ?? []) {
    names.role.set(r.name, `role${names.role.size + 1}`)
    addTags(r.tags)
  }
  for (const g of s.groups ?? []) names.group.set(g.name, `group${names.group.size + 1}`)
  for (const r of s.resources ?? []) addTags(r.tags)
  for (const session of s.sessions ?? []) addTags(session.tags)
  return { names, tagValues }
}

/** Rewrites one decoded string value (never an object key). */
function rewriteString(
  value: string,
  names: Record<Kind, Map<string, string>>,
  tagValues: Map<string, string>,
  accounts: Map<string, string>,
  secrets: Map<string, string>,
): string {
  for (const kind of ['user', 'role', 'group'] as const) {
    const exact = names[kind].get(value)
    if (exact) return exact
  }
  const tag = tagValues.get(value)
  if (tag) return tag
  let out = value.replace(ACCOUNT_ID, (id) => accounts.get(id) ?? id)
  out = out.replace(PATH_REF, (whole, lead: string, kind: string, path: string, name: string) => {
    const map = kind === 'assumed-role' ? names.role : names[kind as Kind]
    const replaced = map.get(name)
    return replaced ? `${lead}${kind}/${path}${replaced}` : whole
  })
  // `assumed-role/NAME/session`: the role name is the segment right after the kind.
  out = out.replace(new RegExp(`assumed-role/(${NAME_CHARS})/`, 'g'), (whole, name: string) => {
    const replaced = names.role.get(name)
    return replaced ? `assumed-role/${replaced}/` : whole
  })
  for (const [secret, replacement] of secrets) out = out.replaceAll(secret, replacement)
  return out
}

/**
 * Returns an anonymised copy of a shared state: 12-digit account IDs become 111111111111, 222222222222…, user,
 * role and group names become user1, role1, group1…, tag values become value1…, and strings that look like
 * secrets (see {@link scanSecrets}) are replaced, everywhere they appear (policies, ARNs, the request). The result
 * is checked again like a decoded link (by the page's scenario checker, loaded on the first ask).
 */
export async function anonymiseShared(state: SharedState): Promise<SharedCheck> {
  const text = JSON.stringify(state)
  const { names, tagValues } = collect(state)
  const originals = new Set(text.match(ACCOUNT_ID) ?? [])
  const accounts = new Map<string, string>()
  let n = 1
  for (const id of originals) {
    let candidate = accountCandidate(n++)
    while (originals.has(candidate) && candidate !== id) candidate = accountCandidate(n++)
    accounts.set(id, candidate)
  }
  const secrets = new Map<string, string>()
  let k = 1
  for (const finding of scanSecrets(text)) {
    secrets.set(
      finding.value,
      finding.kind === 'access-key-id' ? `AKIAEXAMPLE${String(k++).padStart(9, '0')}` : 'REDACTED',
    )
  }
  const rewritten = text.replace(STRING_LITERAL, (literal: string, colon: string | undefined) => {
    if (colon) return literal // An object key: field names and tag keys stay.
    const value = JSON.parse(literal) as string
    return JSON.stringify(rewriteString(value, names, tagValues, accounts, secrets))
  })
  const { parseScenario } = await scenarioParserReady()
  return checkSharedState(JSON.parse(rewritten), parseScenario)
}
