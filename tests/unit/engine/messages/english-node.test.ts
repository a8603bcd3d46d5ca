// In Node, importing the engine's front door gives results their English fields (the Node API as it always was);
// nothing else needs to install the English first.
import { describe, expect, it, vi } from 'vitest'

describe('the English fields in Node', () => {
  it('are worded once src/engine/index.ts is imported', async () => {
    vi.resetModules()
    const fields = await import('../../../../src/engine/messages/english-fields')
    const said = { key: 'sts.noRole', params: { role: 'Deployer', action: 'sts:AssumeRole' } }
    fields.setEnglishTemplates(undefined)
    expect(fields.englishField(said)).toBe('sts.noRole')
    await import('../../../../src/engine/index')
    expect(fields.englishField(said)).not.toBe('sts.noRole')
    expect(fields.englishField(said)).toContain('Deployer')
    vi.resetModules()
  })
})
