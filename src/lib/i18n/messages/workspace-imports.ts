// Importing a workspace: a scenario file, an AWS account's authorization details, Terraform and CloudFormation.
// English is the source of truth; Korean has every key.

export const en = {
  'fileImport.errors': 'The file “{file}” cannot be imported:',
  'fileImport.warnings': 'Imported “{file}” with warnings:',
  'fileImport.clash': 'A workspace named “{name}” already exists. An import never replaces it.',
  'fileImport.openCopy': 'Open as a copy',
  'fileImport.tooLarge': 'the file is larger than {mb} MB, the limit for scenario files',
  'awsImport.title': 'Import from AWS account',
  'awsImport.intro':
    'Paste the JSON this command prints, or choose the file it wrote. It is read in your browser; nothing is uploaded.',
  'awsImport.textLabel': 'Authorization details (JSON)',
  'awsImport.fileLabel': 'Or choose a file',
  'awsImport.run': 'Import',
  'awsImport.running': 'Importing in the engine worker…',
  'awsImport.empty': 'Paste the JSON or choose a file first.',
  'awsImport.tooLarge': 'The file is larger than {mb} MB, the limit for an import.',
  'awsImport.failed': 'The import failed: {message}',
  'awsImport.notDetails': 'This is not the output of `aws iam get-account-authorization-details`:',
  'awsImport.stats': 'Users: {users} · Groups: {groups} · Roles: {roles} · Customer managed policies: {policies}',
  'awsImport.warnings': 'Warnings: {n}',
  'awsImport.unresolved': 'Managed policies not found: {n}',
  'awsImport.problems': 'What was skipped or changed',
  'awsImport.open': 'Open',
  'awsImport.close': 'Close',
  'awsImport.workspaceName': 'AWS account {account}',
  'iacImport.terraform.intro':
    'Paste Terraform configuration (`.tf`) or the JSON that `terraform show -json` prints for a plan or a state, or choose the files. They are read in your browser; nothing is uploaded.',
  'iacImport.cloudformation.intro':
    'Paste a CloudFormation template (JSON or YAML), or choose the file. It is read in your browser; nothing is uploaded.',
  'iacImport.terraform.textLabel': 'Terraform configuration (.tf) or JSON (plan or state)',
  'iacImport.cloudformation.textLabel': 'Template (JSON or YAML)',
  'iacImport.terraform.notInput': 'This is not Terraform configuration or `terraform show -json` output:',
  'iacImport.cloudformation.notInput': 'This is not a CloudFormation template:',
  'iacImport.stats':
    'Users: {users} · Groups: {groups} · Roles: {roles} · Managed policies: {policies} · Resource policies: {resources} · SCPs and RCPs: {organizationPolicies} · Identity providers: {identityProviders}',
  'iacImport.unresolved': 'Values to fill in: {n}',
  'iacImport.fillLegend': 'Values to fill in',
  'iacImport.rerun': 'Import again with these values',
  'iacImport.terraform.workspaceName': 'Terraform import',
  'iacImport.cloudformation.workspaceName': 'CloudFormation import',
} as const
