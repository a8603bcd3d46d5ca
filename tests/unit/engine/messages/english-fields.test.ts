// The worker and the page run the engine without its English templates: the English fields then hold keys, and
// nothing the engine decides or says as messages may change.
import { afterEach, describe, expect, it } from 'vitest'
import {
  english,
  evaluationFlow,
  exampleScenario,
  installEnglish,
  message,
  simulate,
  type SimulationRequest,
} from '../../../../src/engine/index'
import { englishField, setEnglishTemplates } from '../../../../src/engine/messages/english-fields'
import { evaluate } from '../conditions/helpers'

afterEach(() => installEnglish()) // as tests/unit/setup.ts left it

/** Every `{ key, params }` message in `value` (read through JSON, as the worker's answers are copied), in order. */
function messagesOf(value: unknown): unknown[] {
  const out: unknown[] = []
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (typeof (v as { key?: unknown }).key === 'string' && keys.every((k) => k === 'key' || k === 'params')) {
        out.push(v)
      } else for (const k of keys) walk((v as Record<string, unknown>)[k])
    }
  }
  walk(JSON.parse(JSON.stringify(value)))
  return out
}

/** The messages of the answer to `request` and of its flowchart (which the page draws from the trace). */
function answerMessages(request: SimulationRequest): unknown[] {
  const result = simulate(exampleScenario(), request)
  return messagesOf({ result, flow: evaluationFlow(result.trace) })
}

describe(englishField, () => {
  it('is the message’s key without the English installed, and its English with it', () => {
    const m = message('trace.joined', { first: message('statement.noMatch'), then: 'x' })
    setEnglishTemplates(undefined)
    expect(englishField(m)).toBe('trace.joined')
    installEnglish()
    expect(englishField(m)).toBe(english(m))
    expect(englishField(m)).not.toBe('trace.joined')
  })
})

describe('an answer without the English installed', () => {
  it('has the same messages as with it', () => {
    const request = { principal: 'user/alice', action: 's3:DeleteObject', resource: 'arn:aws:s3:::example-reports/a' }
    const withEnglish = answerMessages(request)
    setEnglishTemplates(undefined)
    const without = answerMessages(request)
    expect(without).toEqual(withEnglish)
    expect(withEnglish.length).toBeGreaterThan(5)
  })

  it('keeps errors of one kind about different values apart (they are told apart by message, not English)', () => {
    setEnglishTemplates(undefined)
    const e = evaluate('NumericEquals', ['ten', 'eleven'], '10')
    installEnglish()
    expect(english(e.errorText!)).toBe('policy value `ten` is not a number; policy value `eleven` is not a number')
  })
})
