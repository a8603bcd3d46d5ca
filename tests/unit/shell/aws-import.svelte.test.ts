// Importing AWS account details with the engine itself (or a failing one) in place of the worker: empty and oversized
// input refused before the engine is asked, a failure shown, and the result opened as a new workspace.
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { importAuthorizationDetails } from '../../../src/engine/index'
import { AwsImport, firstText, type ImportSource } from '../../../src/lib/shell/aws-import.svelte'
import { MAX_AWS_IMPORT_BYTES } from '../../../src/lib/shell/import-summary'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Workspaces } from '../../../src/lib/state/workspaces.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { scenario } from '../../helpers/scenario'

const details = readFileSync(new URL('../../fixtures/aws/small-account.json', import.meta.url), 'utf8')
const convert = async (source: ImportSource) => importAuthorizationDetails(firstText(source))

describe(AwsImport, () => {
  it('refuses empty text and an oversized file without asking the engine', async () => {
    const ask = vi.fn(convert)
    const importer = new AwsImport(ask)
    await importer.run(undefined, '   ')
    expect(importer.error).toBeDefined()
    await importer.run(new File(['x'.repeat(MAX_AWS_IMPORT_BYTES + 1)], 'big.json'), '')
    expect(importer.error).toBeDefined()
    expect(ask).not.toHaveBeenCalled()
    expect(importer.busy).toBe(false)
  })

  it('converts the text and opens the account as a new workspace', async () => {
    const importer = new AwsImport(convert)
    await importer.run(undefined, details)
    expect(importer.error).toBeUndefined()
    expect(importer.result?.scenario.accounts.length).toBeGreaterThan(0)
    const workspaces = new Workspaces(new ScenarioDocument(scenario()), new MemoryBackend())
    expect(await importer.open(workspaces)).toBe(true)
    expect(workspaces.current?.name).toContain(importer.result!.scenario.accounts[0]!.id)
    importer.reset()
    expect(importer.result).toBeUndefined()
    expect(await importer.open(workspaces)).toBe(false)
  })

  it('shows an engine failure', async () => {
    const importer = new AwsImport(async () => {
      throw new Error('worker crashed')
    })
    await importer.run(undefined, details)
    expect(importer.error).toContain('worker crashed')
    expect(importer.result).toBeUndefined()
  })

  it('sends several files chosen together by name (Terraform configuration is often split into .tf files)', async () => {
    const ask = vi.fn(convert)
    const importer = new AwsImport(ask)
    await importer.run([new File([details], 'a.tf'), new File(['# more'], 'b.tf')], 'ignored')
    expect(ask).toHaveBeenCalledWith(
      [
        { name: 'a.tf', text: details },
        { name: 'b.tf', text: '# more' },
      ],
      undefined,
    )
    expect(importer.result?.scenario.accounts.length).toBeGreaterThan(0)
  })
})
