// Turning Terraform (`terraform show -json`) output or a CloudFormation template into a scenario, loaded on the
// first such import.
import { importCloudFormation, importTerraformJson, type IacImportResult } from '../../src/engine/index'

/** Which importer: Terraform JSON or a CloudFormation template (JSON or YAML). */
export type IacImportKind = 'terraform' | 'cloudformation'

/** Imports infrastructure-as-code text of that kind, with values filled in for what it leaves open. */
export function importInfrastructure(
  kind: IacImportKind,
  text: string,
  values?: Readonly<Record<string, string>>,
): IacImportResult {
  const options = values ? { values } : {}
  return kind === 'terraform' ? importTerraformJson(text, options) : importCloudFormation(text, options)
}
