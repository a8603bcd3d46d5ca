// Turning Terraform (`.tf` files or `terraform show -json` output) or a CloudFormation template into a scenario,
// loaded on the first such import. The `.tf` parser (WASM) loads only when a `.tf` file is imported.
import {
  importCloudFormation,
  importTerraformHclFiles,
  importTerraformJson,
  type IacImportResult,
} from '../../src/engine/index'

/** Which importer: Terraform (configuration or JSON) or a CloudFormation template (JSON or YAML). */
export type IacImportKind = 'terraform' | 'cloudformation'

/** A file read for an import: its name (shown with its problems) and text. */
export interface NamedText {
  /** The file's name, e.g. `main.tf`. */
  name: string
  /** Its text. */
  text: string
}

/** What an import reads: pasted text, or the files chosen. */
export type IacSource = string | readonly NamedText[]

/** Pasted text is taken as `main.tf` when it is Terraform configuration. */
const PASTED = 'main.tf'

/** Whether Terraform input is configuration (HCL) rather than `terraform show -json` output. */
export function isTerraformConfiguration(source: IacSource): boolean {
  if (typeof source === 'string') return !source.trimStart().startsWith('{')
  return source.length !== 1 || /\.tf$/i.test(source[0]!.name) || !source[0]!.text.trimStart().startsWith('{')
}

/** Imports infrastructure-as-code of that kind, with values filled in for what it leaves open. */
export async function importInfrastructure(
  kind: IacImportKind,
  source: IacSource,
  values?: Readonly<Record<string, string>>,
): Promise<IacImportResult> {
  const options = values ? { values } : {}
  const files = typeof source === 'string' ? [{ name: PASTED, text: source }] : source
  if (kind === 'cloudformation') return importCloudFormation(files[0]?.text ?? '', options)
  if (!isTerraformConfiguration(source)) return importTerraformJson(files[0]!.text, options)
  const { parseHcl } = await import('./hcl-parser')
  return importTerraformHclFiles(files, parseHcl, options)
}
