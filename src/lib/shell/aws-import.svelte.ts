// Importing `aws iam get-account-authorization-details` output, `terraform show -json` output or a CloudFormation
// template: converted in the engine worker, then opened as a new workspace.
import { t } from '../i18n/index'
import type { Workspaces } from '../state/workspaces.svelte'
import { inWorker } from '../worker/engine-client'
import { EngineQuery, errorText } from '../worker/engine-query.svelte'
import { uniqueName } from '../workspace/files'
import { MAX_AWS_IMPORT_BYTES, importWorkspaceName, type AnyImportResult, type Translate } from './import-summary'
import type { WorkspaceSummary } from '../store/rows'

/** Values filled in for what a Terraform or CloudFormation file leaves open, by reference. */
export type FilledValues = Readonly<Record<string, string>>

/** What an import reads: pasted text, or the files chosen (by name, as `.tf` files are several). */
export type ImportSource = string | readonly { name: string; text: string }[]

/** The text of a source that is one document: the pasted text, or the first file's. */
export function firstText(source: ImportSource): string {
  return typeof source === 'string' ? source : (source[0]?.text ?? '')
}

/** The AWS account import in the worker (it takes no filled-in values). */
function awsConversion(): (source: ImportSource) => Promise<AnyImportResult> {
  const convert = inWorker('importAuthorizationDetails', 60_000)
  return (source) => convert(firstText(source))
}

/** Names the workspace an import opens as, unique among `taken`. */
export type ImportName = (
  result: AnyImportResult,
  taken: readonly Pick<WorkspaceSummary, 'name'>[],
  tr: Translate,
) => string

/** One import: the text or file read, the engine's result, and what went wrong. */
export class AwsImport {
  /** Reading the file, converting it, or opening the result. */
  busy = $state(false)
  #problem = $state<string | undefined>(undefined)
  readonly #conversion: EngineQuery<[source: ImportSource, values?: FilledValues], AnyImportResult>
  readonly #name: ImportName

  /**
   * `convert` calls the engine (the worker in the app, a fake in tests): by default the AWS account import; `name`
   * names the workspace it opens as.
   */
  constructor(
    convert: (source: ImportSource, values?: FilledValues) => Promise<AnyImportResult> = awsConversion(),
    name: ImportName = importWorkspaceName,
  ) {
    this.#conversion = new EngineQuery(convert)
    this.#name = name
  }

  /** The converted account, with its warnings and problems. */
  get result(): AnyImportResult | undefined {
    return this.#conversion.value
  }

  /** What went wrong, as the dialog says it. */
  get error(): string | undefined {
    const failed = this.#conversion.error
    return this.#problem ?? (failed === undefined ? undefined : t('awsImport.failed', { message: failed }))
  }

  /** Forgets the last result and error (new input, the dialog opened again). */
  reset = (): void => {
    this.#conversion.reset()
    this.#problem = undefined
  }

  /**
   * Converts the file or files chosen, or else `text`. The text goes to the worker as it is: parsing there keeps a
   * large account off the page's thread and avoids cloning the parsed tree. Bad input comes back as an import error.
   */
  run = async (file: File | readonly File[] | undefined, text: string, values?: FilledValues): Promise<void> => {
    this.reset()
    const files = file === undefined ? [] : 'size' in file ? [file] : file
    if (files.reduce((sum, f) => sum + f.size, 0) > MAX_AWS_IMPORT_BYTES) {
      this.#problem = t('awsImport.tooLarge', { mb: MAX_AWS_IMPORT_BYTES / 1024 / 1024 })
      return
    }
    this.busy = true
    try {
      const source: ImportSource =
        files.length > 0 ? await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))) : text
      if (typeof source === 'string' ? source.trim() === '' : source.every((f) => f.text.trim() === '')) {
        this.#problem = t('awsImport.empty')
        return
      }
      await this.#conversion.run(source, values)
    } catch (e) {
      this.#problem = t('awsImport.failed', { message: errorText(e) })
    } finally {
      this.busy = false
    }
  }

  /** Opens the converted account as a new workspace; false when there is none or it failed. */
  open = async (workspaces: Workspaces): Promise<boolean> => {
    const imported = this.result
    if (!imported) return false
    this.busy = true
    try {
      await workspaces.create(imported.scenario, (taken) => this.#name(imported, taken, t))
      return true
    } catch (e) {
      this.#problem = t('awsImport.failed', { message: errorText(e) })
      return false
    } finally {
      this.busy = false
    }
  }
}

/**
 * What the import dialog imports: an AWS account's authorization details, Terraform (`.tf` files or JSON), or a
 * CloudFormation template.
 */
export type ImportMode = 'aws' | 'terraform' | 'cloudformation'

/** Whether a value names an {@link ImportMode}. */
export function isImportMode(value: unknown): value is ImportMode {
  return value === 'aws' || value === 'terraform' || value === 'cloudformation'
}

/** An importer for one mode, converting in the engine worker. */
export function importerFor(mode: ImportMode): AwsImport {
  if (mode === 'aws') return new AwsImport()
  const convert = inWorker('importInfrastructure', 60_000)
  return new AwsImport(
    (text, values) => convert(mode, text, values),
    (_, taken, tr) => uniqueName(tr(`iacImport.${mode}.workspaceName`), taken),
  )
}
