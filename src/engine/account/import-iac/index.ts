// The infrastructure-as-code importers' public surface: Terraform (`terraform show -json`, parsed `.tf` files) and
// CloudFormation templates → scenario.
export { importTerraformJson } from './terraform-json'
export { importCloudFormation } from './cloudformation'
export { importTerraformHcl, importTerraformHclFiles } from './hcl'
export type { HclParse, HclParser } from './hcl'
export { DEFAULT_IAC_ACCOUNT } from './context'
export type { IacImportOptions, IacImportResult, IacImportStats, IacProblem, IacUnresolved } from './types'
