// The matrix view's state: the rows its filter lets through.
import { describe, expect, it } from 'vitest'
import { exampleScenario, simulate, type MatrixPrincipal } from '../../../src/engine/index'
import { MatrixSession, type MatrixRun } from '../../../src/lib/matrix/session.svelte'
import { AppState } from '../../../src/lib/state/app.svelte'

const principal = (label: string): MatrixPrincipal => ({
  kind: 'user',
  ref: `arn:aws:iam::1:${label}`,
  label,
  account: '1',
})

function session(labels: string[]): MatrixSession {
  const app = new AppState(exampleScenario(), { simulate: async (s, r) => simulate(s, r) })
  const s = new MatrixSession(app)
  const run: MatrixRun = {
    mode: 'actions',
    principals: labels.map(principal),
    actions: ['s3:GetObject'],
    resource: '*',
    environment: {},
    context: {},
    rows: labels.map(() => 'A'),
    counts: { A: labels.length, E: 0, I: 0 },
    scenario: app.document.scenario,
    source: app.document.scenario,
  }
  s.run = run
  return s
}

describe('MatrixSession.shown', () => {
  it('is every row with no filter, none before a run', () => {
    expect(session(['user/alice', 'role/Admin', 'root']).shown).toEqual([0, 1, 2])
    const empty = session([])
    empty.run = undefined
    expect(empty.shown).toEqual([])
  })

  it('keeps the rows whose label holds the filter, in any case, ignoring spaces around it', () => {
    const s = session(['user/alice', 'role/Admin', 'user/Alicia', 'root'])
    s.filter = '  ALI '
    expect(s.shown).toEqual([0, 2])
    s.filter = 'role/'
    expect(s.shown).toEqual([1])
    s.filter = 'nobody'
    expect(s.shown).toEqual([])
  })
})
