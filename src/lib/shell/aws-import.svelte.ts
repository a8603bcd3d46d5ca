// Importing `aws iam get-account-authorization-details` output: converted in the engine worker, then opened as a
// new workspace.
import type { ImportResult } from '../../engine/index'
import { t } from '../i18n/index'
import type { Workspaces } from '../state/workspaces.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery, errorText } from '../worker/engine-query.svelte'
import { MAX_AWS_IMPORT_BYTES, importWorkspaceName } from './import-summary'

/** One import: the text or file read, the engine's result, and what went wrong. */
export class AwsImport {
  /** Reading the file, converting it, or opening the result. */
  busy = $state(false)
  #problem = $state<string | undefined>(undefined)
  readonly #conversion: EngineQuery<Parameters<EngineCall<'importAuthorizationDetails'>>, ImportResult>

  /** `convert` calls the engine (the worker in the app, a fake in tests). */
  constructor(convert: EngineCall<'importAuthorizationDetails'> = inWorker('importAuthorizationDetails', 60_000)) {
    this.#conversion = new EngineQuery(convert)
  }

  /** The converted account, with its warnings and problems. */
  get result(): ImportResult | undefined {
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
   * Converts `file`, or else `text`. The text goes to the worker as it is: parsing there keeps a large account off
   * the page's thread and avoids cloning the parsed tree. Bad JSON comes back as an import error.
   */
  run = async (file: File | undefined, text: string): Promise<void> => {
    this.reset()
    if (file && file.size > MAX_AWS_IMPORT_BYTES) {
      this.#problem = t('awsImport.tooLarge', { mb: MAX_AWS_IMPORT_BYTES / 1024 / 1024 })
      return
    }
    this.busy = true
    try {
      const source = file ? await file.text() : text
      if (source.trim() === '') {
        this.#problem = t('awsImport.empty')
        return
      }
      await this.#conversion.run(source)
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
      await workspaces.create(imported.scenario, (taken) => importWorkspaceName(imported, taken, t))
      return true
    } catch (e) {
      this.#problem = t('awsImport.failed', { message: errorText(e) })
      return false
    } finally {
      this.busy = false
    }
  }
}
