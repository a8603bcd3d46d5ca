// Infrastructure-as-code files from the scenario (Terraform, CloudFormation, AWS CLI script). Loaded on first use
// (a dynamic import), so the exporters and the YAML writer do not weigh on the first page load.
import { exportCliScript, exportCloudFormation, exportTerraform } from '../../engine/index'
import type { ExportEntityRef, Scenario } from '../../engine/index'

/** The formats the app offers. */
export type IacFormat = 'terraform' | 'cloudformation' | 'cloudformation-json' | 'cli'

/** A file ready to download. */
export interface IacFile {
  fileName: string
  text: string
  type: string
}

/** The file for `format`: the whole scenario, or `only` that entity and what it needs. */
export function iacFile(format: IacFormat, scenario: Scenario, only?: ExportEntityRef): IacFile {
  const options = only ? { only } : {}
  switch (format) {
    case 'terraform':
      return { fileName: 'main.tf', text: exportTerraform(scenario, options), type: 'text/plain' }
    case 'cloudformation':
      return { fileName: 'template.yaml', text: exportCloudFormation(scenario, options), type: 'application/yaml' }
    case 'cloudformation-json':
      return {
        fileName: 'template.json',
        text: exportCloudFormation(scenario, { ...options, format: 'json' }),
        type: 'application/json',
      }
    case 'cli':
      return { fileName: 'create-iam.sh', text: exportCliScript(scenario, options), type: 'text/x-shellscript' }
  }
}
