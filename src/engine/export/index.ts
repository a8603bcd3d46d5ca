// Exporters: a scenario (or one entity and what it needs) as Terraform, CloudFormation or an AWS CLI script.
export { exportTerraform } from './terraform'
export { exportCloudFormation, cloudFormationTemplate } from './cloudformation'
export type { CloudFormationOptions, CfnTemplate, CfnResource } from './cloudformation'
export { exportCliScript, shellQuote } from './cli-script'
export { logicalId, terraformIdentifier } from './names'
export type { ExportEntityRef, ExportOptions } from './collect'
