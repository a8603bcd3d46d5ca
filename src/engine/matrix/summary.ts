// The "services" form of a matrix: one column per service, each cell counting how many of that service's actions
// the principal may do, so a wide matrix (every action of several services) reads at a glance.
import type { MatrixCode } from './codes'

/** The actions of one service among a matrix's columns. */
export interface ServiceColumn {
  /** The service prefix, lower case (`s3`). */
  service: string
  /** Indexes of its actions in the matrix's `actions`. */
  indexes: number[]
}

/** What one principal may do among one service's actions. */
export interface ServiceCell {
  allowed: number
  explicit: number
  implicit: number
  total: number
}

/** `all` every action is allowed, `some` at least one, `none` not one. */
export type ServiceCoverage = 'all' | 'some' | 'none'

/** Groups a matrix's actions by service prefix (case-insensitive), services in order of first appearance. */
export function serviceColumns(actions: readonly string[]): ServiceColumn[] {
  const byService = new Map<string, ServiceColumn>()
  actions.forEach((action, i) => {
    const colon = action.indexOf(':')
    const service = (colon < 0 ? action : action.slice(0, colon)).toLowerCase()
    let column = byService.get(service)
    if (!column) byService.set(service, (column = { service, indexes: [] }))
    column.indexes.push(i)
  })
  return [...byService.values()]
}

/** Counts the codes of one row among one service's actions. */
export function serviceCell(row: string, column: ServiceColumn): ServiceCell {
  const cell: ServiceCell = { allowed: 0, explicit: 0, implicit: 0, total: column.indexes.length }
  for (const i of column.indexes) {
    const code = row[i] as MatrixCode | undefined
    if (code === 'A') cell.allowed++
    else if (code === 'E') cell.explicit++
    else cell.implicit++
  }
  return cell
}

/** Whether all, some or none of the service's actions are allowed. */
export function serviceCoverage(cell: ServiceCell): ServiceCoverage {
  return cell.total > 0 && cell.allowed === cell.total ? 'all' : cell.allowed > 0 ? 'some' : 'none'
}
