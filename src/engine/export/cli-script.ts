// A bash script of AWS CLI commands creating a scenario's IAM entities, as the articles do it. The shape:
// - `#!/usr/bin/env bash`, `set -euo pipefail`; `ACCOUNT_ID` from the environment or `aws sts get-caller-identity`
//   (the ARNs of customer managed policies are built from it); documents are written to a temporary directory
//   (`DOCS`, removed on exit) with quoted heredocs (`cat > "$DOCS/NAME.json" <<'EOF'`) and passed as `file://`.
// - Commands in dependency order: `update-account-password-policy`; `create-policy`; `create-group`,
//   `attach-group-policy`, `put-group-policy`; `create-user`, `put-user-permissions-boundary`, `add-user-to-group`,
//   `attach-user-policy`, `put-user-policy`; `create-open-id-connect-provider`, `create-saml-provider`;
//   `create-role --assume-role-policy-document`, `put-role-permissions-boundary`, `attach-role-policy`,
//   `put-role-policy`; `create-instance-profile`, `add-role-to-instance-profile`; `s3api put-bucket-policy`;
//   `kms put-key-policy`; `organizations create-policy` (its ID kept in a variable) and `attach-policy`.
// - Every name is shell-quoted. The script runs in one account: run it with each account's credentials in turn.
import { normalPath } from '../scenario/arns'
import type { Group, LocalizedText, Role, Tags, User } from '../scenario/model'
import { collect, documentOf, type ExportOptions, policyDocument, policyTarget } from './collect'
import { terraformIdentifier, UniqueNames } from './names'

/** A word quoted for bash when it needs it (single quotes; a `'` inside becomes `'\''`). */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:@=+,%-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/** Text safe inside bash double quotes (so `$ACCOUNT_ID` can expand next to it). */
function inDoubleQuotes(text: string): string {
  return text.replace(/[\\"$`]/g, (c) => `\\${c}`)
}

function english(text: LocalizedText | undefined): string {
  if (text === undefined) return ''
  return typeof text === 'string' ? text : text.en
}

function tagList(tags: Tags | undefined): string[] {
  if (!tags || Object.keys(tags).length === 0) return []
  return ['--tags', shellQuote(JSON.stringify(Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))))]
}

/** A bash script (`create-iam.sh`) creating the scenario's IAM entities, or `options.only` and what it needs. */
export function exportCliScript(scenario: Parameters<typeof collect>[0], options: ExportOptions = {}): string {
  const set = collect(scenario, options)
  const lines: string[] = [
    '#!/usr/bin/env bash',
    `# IAM from the IAM Playground scenario: ${english(set.scenario.title).replace(/\s+/g, ' ')}`,
    'set -euo pipefail',
    '',
    'ACCOUNT_ID="${ACCOUNT_ID:-$(aws sts get-caller-identity --query Account --output text)}"',
    'DOCS="$(mktemp -d)"',
    `trap 'rm -rf "$DOCS"' EXIT`,
  ]
  const files = new UniqueNames('-')
  const variables = new UniqueNames('_')
  const cmd = (...words: string[]) => lines.push(['aws', ...words].join(' '))
  const section = (title: string) => lines.push('', `# ${title.replace(/\s+/g, ' ')}`)
  /** Writes `text` to a new file in DOCS; returns the `file://` argument. */
  const file = (base: string, text: string): string => {
    const name = files.take(terraformIdentifier(base))
    let end = 'EOF'
    while (text.split('\n').includes(end)) end += '_'
    lines.push(`cat > "$DOCS/${name}.json" <<'${end}'`, text, end)
    return `"file://$DOCS/${name}.json"`
  }
  const json = (doc: unknown) => JSON.stringify(doc, null, 2)
  const policyArn = (ref: string, account: string): string => {
    const target = policyTarget(set.scenario, ref, account)
    if (target.kind === 'arn') return shellQuote(target.arn)
    const p = target.policy
    return `"arn:aws:iam::\${ACCOUNT_ID}:policy${inDoubleQuotes(normalPath(p.path) + p.name)}"`
  }
  const account = (e: { account?: string | undefined }) => e.account ?? set.scenario.accounts[0]?.id ?? ''

  const pp = set.passwordPolicy
  if (pp) {
    section('Account password policy')
    const flag = (on: boolean | undefined, name: string) =>
      on === undefined ? [] : [on ? `--${name}` : `--no-${name}`]
    cmd(
      'iam update-account-password-policy',
      ...(pp.minimumLength !== undefined ? ['--minimum-password-length', String(pp.minimumLength)] : []),
      ...flag(pp.requireUppercase, 'require-uppercase-characters'),
      ...flag(pp.requireLowercase, 'require-lowercase-characters'),
      ...flag(pp.requireNumbers, 'require-numbers'),
      ...flag(pp.requireSymbols, 'require-symbols'),
      ...flag(pp.allowUsersToChange, 'allow-users-to-change-password'),
      ...(pp.maxAgeDays ? ['--max-password-age', String(pp.maxAgeDays)] : []),
      ...(pp.reusePrevention ? ['--password-reuse-prevention', String(pp.reusePrevention)] : []),
      ...flag(pp.hardExpiry, 'hard-expiry'),
    )
  }
  for (const p of set.policies) {
    section(`Customer managed policy ${p.name}`)
    const doc = file(`policy-${p.name}`, json(policyDocument(p)))
    cmd(
      'iam create-policy --policy-name',
      shellQuote(p.name),
      ...(p.path && p.path !== '/' ? ['--path', shellQuote(normalPath(p.path))] : []),
      ...(p.description ? ['--description', shellQuote(p.description)] : []),
      '--policy-document',
      doc,
    )
  }
  const policies = (kind: 'user' | 'group' | 'role', e: User | Group | Role) => {
    const nameFlag = `--${kind}-name ${shellQuote(e.name)}`
    for (const ref of e.managedPolicies ?? []) {
      cmd(`iam attach-${kind}-policy`, nameFlag, '--policy-arn', policyArn(ref, account(e)))
    }
    for (const inline of e.inlinePolicies ?? []) {
      const doc = file(`${kind}-${e.name}-${inline.name}`, json(documentOf(inline.document)))
      cmd(`iam put-${kind}-policy`, nameFlag, '--policy-name', shellQuote(inline.name), '--policy-document', doc)
    }
  }
  const path = (p: string | undefined) => (p && p !== '/' ? ['--path', shellQuote(normalPath(p))] : [])
  for (const g of set.groups) {
    section(`Group ${g.name}`)
    cmd('iam create-group --group-name', shellQuote(g.name), ...path(g.path))
    policies('group', g)
  }
  for (const u of set.users) {
    section(`User ${u.name}`)
    cmd('iam create-user --user-name', shellQuote(u.name), ...path(u.path), ...tagList(u.tags))
    if (u.permissionsBoundary !== undefined) {
      cmd(
        'iam put-user-permissions-boundary --user-name',
        shellQuote(u.name),
        '--permissions-boundary',
        policyArn(u.permissionsBoundary, account(u)),
      )
    }
    for (const g of u.groups ?? [])
      cmd('iam add-user-to-group --user-name', shellQuote(u.name), '--group-name', shellQuote(g))
    policies('user', u)
  }
  for (const p of set.providers) {
    if (p.type === 'oidc') {
      section(`OpenID Connect provider ${p.url ?? ''}`)
      cmd(
        'iam create-open-id-connect-provider --url',
        shellQuote(`https://${(p.url ?? '').replace(/^https:\/\//i, '')}`),
        ...(p.clientIds?.length ? ['--client-id-list', ...p.clientIds.map(shellQuote)] : []),
        ...(p.thumbprints?.length ? ['--thumbprint-list', ...p.thumbprints.map(shellQuote)] : []),
        ...tagList(p.tags),
      )
    } else {
      section(`SAML provider ${p.name ?? ''}`)
      const doc = file(`saml-${p.name ?? 'provider'}`, p.metadata ?? '')
      cmd(
        'iam create-saml-provider --name',
        shellQuote(p.name ?? ''),
        '--saml-metadata-document',
        doc,
        ...tagList(p.tags),
      )
    }
  }
  for (const r of set.roles) {
    section(`Role ${r.name}`)
    const trust = file(`trust-${r.name}`, json(documentOf(r.trustPolicy)))
    cmd(
      'iam create-role --role-name',
      shellQuote(r.name),
      ...path(r.path),
      ...(r.description ? ['--description', shellQuote(r.description)] : []),
      ...(r.maxSessionDuration ? ['--max-session-duration', String(r.maxSessionDuration)] : []),
      '--assume-role-policy-document',
      trust,
      ...tagList(r.tags),
    )
    if (r.permissionsBoundary !== undefined) {
      cmd(
        'iam put-role-permissions-boundary --role-name',
        shellQuote(r.name),
        '--permissions-boundary',
        policyArn(r.permissionsBoundary, account(r)),
      )
    }
    policies('role', r)
  }
  for (const { name, role } of set.instanceProfiles) {
    section(`Instance profile ${name}`)
    cmd('iam create-instance-profile --instance-profile-name', shellQuote(name))
    cmd(
      'iam add-role-to-instance-profile --instance-profile-name',
      shellQuote(name),
      '--role-name',
      shellQuote(role.name),
    )
  }
  for (const b of set.buckets) {
    section(`Bucket policy of ${b.name}`)
    const doc = file(`bucket-${b.name}`, json(documentOf(b.resource.policy)))
    cmd('s3api put-bucket-policy --bucket', shellQuote(b.name), '--policy', doc)
  }
  for (const k of set.keys) {
    section(`Key policy of ${k.resource.name ?? k.id}`)
    const doc = file(`key-${k.id}`, json(documentOf(k.resource.policy)))
    cmd('kms put-key-policy --key-id', shellQuote(k.id), '--policy-name default --policy', doc)
  }
  for (const o of set.orgPolicies) {
    section(`Organization policy ${o.policy.name}`)
    const doc = file(`org-${o.policy.name}`, json(documentOf(o.policy.document)))
    const variable = variables.take(`POLICY_ID_${terraformIdentifier(o.policy.name).toUpperCase()}`)
    const type = o.policy.type === 'rcp' ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY'
    lines.push(
      `${variable}="$(aws organizations create-policy --name ${shellQuote(o.policy.name)} --type ${type} ` +
        `--description ${shellQuote(o.policy.name)} --content ${doc} --query Policy.PolicySummary.Id --output text)"`,
    )
    for (const target of o.targets) {
      cmd('organizations attach-policy --policy-id', `"$${variable}"`, '--target-id', shellQuote(target))
    }
  }
  return `${lines.join('\n')}\n`
}
