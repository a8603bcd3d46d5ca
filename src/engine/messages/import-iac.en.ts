// The English of what the Terraform and CloudFormation importers skipped, changed or could not resolve
// (`IacProblem.text`): one line each, lower-case start, resource types and attributes in backticks, the input's
// values quoted as params (`"alice"`).
import type { EngineMessage } from './message'

export const IMPORT_IAC_EN = {
  // The input as a whole.
  'importIac.badJson': 'the input is not valid JSON ({error})',
  'importIac.badYaml': 'the template is not valid YAML ({error})',
  'importIac.notTerraform':
    'expected `terraform show -json` output: an object with `values`, `planned_values` or `resource_changes`; found {kind}',
  'importIac.badHcl': 'the file is not valid HCL ({error})',
  'importIac.notTemplate': 'expected a CloudFormation template: an object with `Resources`; found {kind}',
  'importIac.notHcl': 'expected parsed HCL (an object with `resource`); found {kind}',
  'importIac.noResources': 'no IAM resources were found',
  // Resources.
  'importIac.unsupported': 'resource type {type} is not imported; skipped',
  'importIac.notObject': '{what} should be an object, found {kind}; skipped',
  'importIac.noName': 'no name is set, so {provider} would generate one; using {name}',
  'importIac.twice': '{kind} {name} is defined twice; the first is kept',
  'importIac.missingTarget': '{kind} {name} is not defined in the input; added with no policies',
  'importIac.badDocument': 'the policy document is not valid JSON ({error}); skipped',
  'importIac.documentNotObject': 'the policy document is {kind}, not a JSON object; skipped',
  'importIac.badNumber': '{value} is not a number; ignored',
  'importIac.orgTarget':
    'policy target {target} is neither the root, an OU known here, nor an account; attached to the root',
  'importIac.unknownPolicy': 'policy {ref} is not defined in the input; attached by name',
  'importIac.missingField': '`{field}` is missing; skipped',
  // Values the file does not determine.
  'importIac.unknown': 'the value is known only after apply; fill in a value for {ref}',
  'importIac.unresolved': '{ref} cannot be resolved from the input; fill in a value',
  'importIac.parameter': 'parameter {name} has no `Default`; fill in a value',
  'importIac.variable': 'variable {name} has no `default`; fill in a value',
  'importIac.condition': '{fn} depends on conditions, which are not evaluated; left unresolved',
  'importIac.intrinsic': 'intrinsic function {fn} is not supported; left unresolved',
  'importIac.leftOut': 'left out until the values listed are filled in: {problem}',
  'importIac.expression': 'expression {expr} cannot be evaluated; left unresolved',
} as const satisfies Record<string, string>

/** A key of the IaC import messages. */
export type ImportIacMessageKey = keyof typeof IMPORT_IAC_EN

/** Something the IaC importers say, as a message. */
export type ImportIacMessage = EngineMessage<ImportIacMessageKey>
