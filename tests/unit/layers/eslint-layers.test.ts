// The layers are lint errors, not wishes: ESLint refuses code that crosses one (README "Where things go").
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The layer-rule messages ESLint gives `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message)
}

describe('layer rules', () => {
  it('the engine imports nothing from the app, the worker or UI libraries', async () => {
    expect(await layerErrors('src/engine/evaluate/x.ts', "import { t } from '../../lib/i18n/index'\nt")).toHaveLength(1)
    const worker = "import { api } from '../../../workers/engine-api'\napi"
    expect(await layerErrors('src/engine/evaluate/x.ts', worker)).toHaveLength(1)
    expect(await layerErrors('src/engine/evaluate/x.ts', "import { mount } from 'svelte'\nmount")).toHaveLength(1)
    expect(await layerErrors('src/engine/evaluate/x.ts', "import { evaluate } from './evaluate'\nevaluate")).toEqual([])
  })

  it('the app reaches the engine only through src/engine/index.ts', async () => {
    const deep = "import { compileGlob } from '../../engine/match/wildcard'\ncompileGlob"
    expect(await layerErrors('src/lib/editor/x.ts', deep)).toHaveLength(1)
    expect(await layerErrors('src/components/result/x.ts', deep)).toHaveLength(1)
    const front = "import { compileGlob } from '../../engine/index'\ncompileGlob"
    expect(await layerErrors('src/lib/editor/x.ts', front)).toEqual([])
  })

  it('the app imports only types from workers/', async () => {
    const value = "import { api } from '../../../workers/engine-api'\napi"
    expect(await layerErrors('src/lib/worker/x.ts', value)).toHaveLength(1)
    const types = "import type { EngineApi } from '../../../workers/engine-api'\nexport type A = EngineApi"
    expect(await layerErrors('src/lib/worker/x.ts', types)).toEqual([])
  })

  it('the worker calls the engine through its front door and has no UI', async () => {
    const deep = "import { evaluate } from '../src/engine/evaluate/evaluate'\nevaluate"
    expect(await layerErrors('workers/x.ts', deep)).toHaveLength(1)
    expect(await layerErrors('workers/x.ts', "import { evaluate } from '../src/engine/index'\nevaluate")).toEqual([])
  })

  it('the command line is Node-only: the engine, the app and the worker never import it', async () => {
    const cli = "import { main } from '../../cli/main'\nmain"
    expect(await layerErrors('src/engine/evaluate/x.ts', cli)).toHaveLength(1)
    expect(await layerErrors('src/lib/editor/x.ts', cli)).toHaveLength(1)
    expect(await layerErrors('src/main.ts', "import { main } from './cli/main'\nmain")).toHaveLength(1)
    expect(await layerErrors('workers/x.ts', "import { main } from '../src/cli/main'\nmain")).toHaveLength(1)
  })

  it('the command line reaches the engine through its front door and reads only the managed policies of the app', async () => {
    const deep = "import { simulate } from '../engine/account/simulate'\nsimulate"
    expect(await layerErrors('src/cli/x.ts', deep)).toHaveLength(1)
    expect(await layerErrors('src/cli/x.ts', "import { simulate } from '../engine/index'\nsimulate")).toEqual([])
    expect(await layerErrors('src/cli/x.ts', "import { t } from '../lib/i18n/index'\nt")).toHaveLength(1)
    expect(
      await layerErrors('src/cli/x.ts', "import { awsManagedReady } from '../lib/aws-managed/load'\nawsManagedReady"),
    ).toHaveLength(1)
    const table = "import table from '../lib/aws-managed/aws-managed-policies.json'\ntable"
    expect(await layerErrors('src/cli/x.ts', table)).toEqual([])
  })
})
