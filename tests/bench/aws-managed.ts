// The benchmarks run the engine in Node, where nothing fetches the AWS managed policies as the app does: import this
// first to install the same static table (as tests/unit/setup.ts and the CLI do).
import { setAwsManagedPolicies, type AwsManagedTable } from '../../src/engine/index'
import awsManaged from '../../src/lib/aws-managed/aws-managed-policies.json'

setAwsManagedPolicies(awsManaged as unknown as AwsManagedTable)
