// Property tests run with a fixed seed so CI is repeatable; set FC_SEED (and FC_RUNS) to explore other inputs.
import fc from 'fast-check'
import { loadWholeCatalog } from '../../src/lib/i18n/messages'
import { setAwsManagedPolicies, type AwsManagedTable } from '../../src/engine/index'
import awsManaged from '../../src/lib/aws-managed/aws-managed-policies.json'
import { scenarioParserReady } from '../../src/lib/store/scenario-parser'

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261123),
  ...(process.env.FC_RUNS ? { numRuns: Number(process.env.FC_RUNS) } : {}),
})

// The app loads its language's catalog on demand; the unit tests word messages in both languages synchronously.
await Promise.all([loadWholeCatalog('en'), loadWholeCatalog('ko')])

// The page loads its scenario checker with storage (openBackend); tests read rows and files without opening one.
await scenarioParserReady()

// The app fetches the AWS managed policies (a static file of the build); the tests install the same file directly.
setAwsManagedPolicies(awsManaged as unknown as AwsManagedTable)

// Importing the engine in Node installed its English (src/engine/index.ts): results carry their English fields, as
// the Node API always gave them; tests of the app read only the messages beside them (the app never installs it).
