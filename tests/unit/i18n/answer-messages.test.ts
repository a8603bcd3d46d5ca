// The answer pane speaks the reader's language: every sentence the engine gives for an answer (trace, rule,
// flowchart, sources, what would allow it, Assume role's refusal) is a message whose English the engine writes once
// and whose Korean the app's catalog adds. Over every saved request of the bundled scenarios: each English field is
// its message in English, every key is known, and the Korean wording leaves no English outside code.
import { describe, expect, it } from 'vitest'
import { assumeRole } from '../../../src/engine/account/sts'
import { simulate } from '../../../src/engine/account/simulate'
import type { SimulationResult } from '../../../src/engine/account/simulate-types'
import { ENGINE_EN, english } from '../../../src/engine/messages/english'
import { isMessage, type EngineMessage } from '../../../src/engine/messages/message'
import { plainEnglish } from '../../../src/engine/messages/plain'
import { REMEDY_EN } from '../../../src/engine/messages/remedy.en'
import { RULES_EN } from '../../../src/engine/messages/rules.en'
import { SOURCES_EN } from '../../../src/engine/messages/sources.en'
import { STS_EN } from '../../../src/engine/messages/sts.en'
import { TRACE_EN } from '../../../src/engine/messages/trace.en'
import { whatWouldAllow } from '../../../src/engine/remedy/what-would-allow'
import { parseScenario } from '../../../src/engine/scenario/parse'
import type { Scenario } from '../../../src/engine/scenario/model'
import { evaluationFlow } from '../../../src/engine/trace/flow'
import { englishLeftIn } from '../../../src/lib/i18n/english-on-purpose'
import { translate, type Locale, type MessageKey, type MessageParam } from '../../../src/lib/i18n/messages'
import { en } from '../../../src/lib/i18n/messages-en'

/** The `{name}` placeholders of a template, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort()
}

/** What `word()` does, for one locale: inner messages first, then the catalog's template. */
function wordIn(locale: Locale, m: EngineMessage): string {
  const params: Record<string, MessageParam> = {}
  for (const [name, value] of Object.entries(m.params ?? {}))
    params[name] = isMessage(value) ? wordIn(locale, value) : value
  return translate(locale, m.key as MessageKey, params)
}

/** Every key of a message and of the messages inside it. */
function keysOf(m: EngineMessage): string[] {
  return [m.key, ...Object.values(m.params ?? {}).flatMap((v) => (isMessage(v) ? keysOf(v) : []))]
}

const TABLES = { trace: TRACE_EN, rules: RULES_EN, sources: SOURCES_EN, remedy: REMEDY_EN, sts: STS_EN }

describe('the answer’s messages in the app catalog', () => {
  it.each(Object.entries(TABLES))(
    '%s: English as the engine writes it, Korean with the same placeholders',
    (_, table) => {
      for (const [key, template] of Object.entries(table)) {
        expect((en as Record<string, string>)[key], key).toBe(template)
        const korean = translate('ko', key as MessageKey, {})
        expect(korean.trim(), key).not.toBe('')
        expect(placeholders(korean), key).toEqual(placeholders(template))
      }
    },
  )
})

/** One sentence of an answer: its message, and the English field beside it (plain: without code marks). */
interface Said {
  where: string
  text: EngineMessage
  english?: string
  plain?: string
}

/** Every sentence of one answer, its flowchart and (for a denial) what would allow it. */
function sentencesOf(scenario: Scenario, request: Parameters<typeof simulate>[1], result: SimulationResult): Said[] {
  const out: Said[] = []
  const { trace } = result
  out.push({ where: 'rule', text: trace.rule.text, english: trace.rule.message })
  for (const type of trace.policyTypes) {
    out.push({ where: 'type label', text: type.labelText, english: type.label })
    out.push({ where: 'type note', text: type.noteText, english: type.note })
    for (const policy of type.policies) {
      for (const s of policy.statements) {
        out.push({ where: 'statement', text: s.text, english: s.message })
        for (const e of s.elements) out.push({ where: 'element', text: e.text, english: e.message })
        for (const c of s.conditions) {
          out.push({ where: 'condition', text: c.text, english: c.message })
          if (c.errorText) out.push({ where: 'condition error', text: c.errorText, english: c.error! })
        }
      }
    }
  }
  for (const source of Object.values(result.sources)) {
    out.push({ where: 'source', text: source.text, plain: source.label })
    if (source.nameText) out.push({ where: 'source name', text: source.nameText })
  }
  for (const text of result.unresolvedText ?? []) out.push({ where: 'unresolved', text })
  const flow = evaluationFlow(trace)
  if (flow.noAllow) out.push({ where: 'no allow', text: flow.noAllow.text, english: flow.noAllow.message })
  for (const step of flow.steps) {
    step.detailTexts.forEach((text, i) => out.push({ where: 'step detail', text, english: step.details[i]! }))
  }
  if (result.decision !== 'Allow') {
    const answer = whatWouldAllow(scenario, request, result)
    for (const p of answer.proposals) {
      out.push({ where: 'proposal', text: p.labelText, plain: p.label })
      for (const c of p.changes) {
        out.push({ where: 'change', text: c.text, plain: c.summary })
        out.push({ where: 'change target', text: c.targetText, plain: c.target })
      }
    }
    if (answer.unreachable) {
      out.push({ where: 'unreachable', text: answer.unreachable.text, plain: answer.unreachable.message })
    }
  }
  return out
}

const files = import.meta.glob<unknown>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})

const said: Said[] = Object.values(files).flatMap((raw) => {
  const parsed = parseScenario(raw)
  if (!parsed.ok) return []
  const scenario = parsed.scenario
  return (scenario.requests ?? []).flatMap((saved) => {
    const request = {
      principal: saved.principal,
      action: saved.action,
      resource: saved.resource,
      ...(saved.context ? { context: saved.context } : {}),
      ...(saved.environment ? { environment: saved.environment } : {}),
    }
    return sentencesOf(scenario, request, simulate(scenario, request))
  })
})

describe('every answer to the bundled scenarios’ saved requests', () => {
  it('has many sentences of every kind', () => {
    const kinds = new Set(said.map((s) => s.where))
    expect(said.length).toBeGreaterThan(1000)
    expect([...kinds].sort()).toEqual(
      [
        'change',
        'change target',
        'condition',
        'element',
        'no allow',
        'proposal',
        'rule',
        'source',
        'source name',
        'statement',
        'step detail',
        'type label',
        'type note',
        // privilege-escalation.json: a new version of an AWS managed policy, which nothing can allow
        'unreachable',
      ].sort(),
    )
  })

  it('gives each English field as its message in English (plain where it has always been plain)', () => {
    const differ = said.filter((s) =>
      s.english !== undefined
        ? english(s.text) !== s.english
        : s.plain !== undefined && plainEnglish(s.text) !== s.plain,
    )
    expect(differ.map((s) => `${s.where}: ${english(s.text)}`)).toEqual([])
  })

  it('uses only keys the engine has English for, inner messages included', () => {
    const unknown = said.flatMap((s) => keysOf(s.text)).filter((key) => !(key in ENGINE_EN))
    expect([...new Set(unknown)]).toEqual([])
  })

  it('reads in Korean with no English left outside code and no placeholder left unfilled', () => {
    const left = new Set<string>()
    for (const s of said) {
      const korean = wordIn('ko', s.text)
      const prose = korean.replace(/`[^`]*`/g, ' ')
      for (const run of englishLeftIn(prose)) left.add(`${s.text.key}: ${run}`)
      if (/\{\w+\}/.test(korean)) left.add(`${s.text.key}: unfilled ${korean}`)
    }
    expect([...left]).toEqual([])
  })
})

describe('Assume role’s refusal', () => {
  const scenario: Scenario = {
    version: 1,
    id: 'sts',
    title: 'sts',
    accounts: [{ id: '111122223333', alias: 'dev' }],
    users: [{ name: 'alice', account: '111122223333' }],
    roles: [
      {
        name: 'Admin',
        account: '111122223333',
        trustPolicy: { Version: '2012-10-17', Statement: [] },
      },
    ],
  } as unknown as Scenario

  it.each([
    ['access denied', { sessionName: 'ok-session' }],
    ['an invalid session name', { sessionName: 'x' }],
    ['too long a session', { sessionName: 'ok-session', durationSeconds: 99999 }],
  ])('words %s in Korean, its English being the reason', (_, extra) => {
    const r = assumeRole(scenario, { caller: 'user/alice', role: 'role/Admin', ...extra })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(english(r.reasonText)).toBe(r.reason)
    const korean = wordIn('ko', r.reasonText)
    expect(korean).toMatch(/[가-힣]/)
    expect(englishLeftIn(korean.replace(/`[^`]*`/g, ' '))).toEqual([])
  })
})
