// Exporting the scenario as infrastructure as code: Terraform, CloudFormation, an AWS CLI script.
// English is the source of truth; Korean has every key.

export const en = {
  'iacExport.terraform': 'Export as Terraform',
  'iacExport.cloudFormation': 'Export as CloudFormation (YAML)',
  'iacExport.cloudFormationJson': 'Export as CloudFormation (JSON)',
  'iacExport.cliScript': 'Export as AWS CLI script',
  'iacExport.entity': 'Export with what it needs',
  'iacExport.entityAs': 'Export {name} and what it needs as {format}',
  'iacExport.failed': 'The export did not work: {message}',
} as const
