// How a matrix cell reads: a symbol and a tone (never colour alone), its words for screen readers and tooltips,
// and the matrix as a table of words for the CSV export.
import { MATRIX_VERDICTS, serviceCell, serviceCoverage, type MatrixCode } from '../../engine/index'
import { t } from '../i18n/index'
import type { MatrixRun } from './session.svelte'

/** The tones cells are painted in: a decision, or how much of a service is allowed. */
export type Tone = MatrixCode | 'all' | 'some' | 'none'

/** One cell as shown. */
export interface CellView {
  tone: Tone
  /** Short text in the cell: a symbol, or `✓ 12/40` for a service. */
  text: string
  /** The cell in words: `Allowed`, or `12 of 40 allowed, 1 explicitly denied`. */
  words: string
  /** Services: at least one action is explicitly denied. */
  deny: boolean
}

/** The symbol of each tone. */
export const SYMBOLS: Readonly<Record<Tone, string>> = { A: '✓', E: '✕', I: '–', all: '✓', some: '◐', none: '–' }

/** The legend's tones and their words: the three decisions, or (services) how much of a service is allowed. */
export function legendOf(run: MatrixRun): [Tone, string][] {
  return run.services
    ? [
        ['all', t('matrix.legend.all')],
        ['some', t('matrix.legend.some')],
        ['none', t('matrix.legend.none')],
      ]
    : [
        ['A', t('decision.Allow')],
        ['E', t('decision.ExplicitDeny')],
        ['I', t('decision.ImplicitDeny')],
      ]
}

/** The number of columns of the run: actions, or services. */
export function columnCount(run: MatrixRun): number {
  return run.services ? run.services.length : run.actions.length
}

/** The header of column `c`: the action, or the service prefix. */
export function columnLabel(run: MatrixRun, c: number): string {
  return run.services ? run.services[c]!.service : run.actions[c]!
}

/**
 * The cells of a run: `(r, c)` gives cell `c` of row `r`. The words of each decision are looked up once, as the
 * grid asks for every cell in view on each scroll.
 */
export function cellViews(run: MatrixRun): (r: number, c: number) => CellView {
  const services = run.services
  if (!services) {
    const views = Object.fromEntries(
      (['A', 'E', 'I'] as const).map((code) => [
        code,
        { tone: code, text: SYMBOLS[code], words: t(`decision.${MATRIX_VERDICTS[code]}`), deny: false },
      ]),
    ) as Record<MatrixCode, CellView>
    return (r, c) => views[run.rows[r]![c] as MatrixCode]
  }
  return (r, c) => {
    const cell = serviceCell(run.rows[r]!, services[c]!)
    const tone = serviceCoverage(cell)
    const deny = cell.explicit > 0
    const params = { allowed: cell.allowed, total: cell.total, explicit: cell.explicit }
    return {
      tone,
      text: `${SYMBOLS[tone]} ${cell.allowed}/${cell.total}${deny ? ' ✕' : ''}`,
      words: t(deny ? 'matrix.serviceCellDeny' : 'matrix.serviceCell', params),
      deny,
    }
  }
}

/** The rows `shown` of the run as a table of words (header first), for the CSV export. */
export function matrixTable(run: MatrixRun, shown: readonly number[]): string[][] {
  const n = columnCount(run)
  const corner = t(run.services ? 'matrix.csvCornerServices' : 'matrix.csvCorner', { resource: run.resource })
  const header = [corner, ...Array.from({ length: n }, (_, c) => columnLabel(run, c))]
  const view = cellViews(run)
  const body = shown.map((r) => [run.principals[r]!.label, ...Array.from({ length: n }, (_, c) => view(r, c).words)])
  return [header, ...body]
}

/** The resource action `j` of the run was asked about (the chosen one when the run has no per-action list). */
export function columnResource(run: MatrixRun, j: number): string {
  return run.columns?.[j]?.resource ?? run.resource
}

/** Which resource action `j` was asked about, and why, in words ("asked on *: this action acts on no resource type"). */
export function columnResourceWords(run: MatrixRun, j: number): string {
  const column = run.columns?.[j]
  const resource = column?.resource ?? run.resource
  switch (column?.why ?? 'chosen') {
    case 'chosen':
      return t('matrixColumn.chosen', { resource })
    case 'account':
      return t('matrixColumn.account', { resource })
    case 'no-types':
      return t('matrixColumn.noTypes')
    case 'no-fit':
      return t('matrixColumn.noFit', { resource })
    case 'unchecked':
      return t('matrixColumn.unchecked', { resource })
  }
}
