/** One chunk of Vite's `.vite/manifest.json` (the fields the size budget reads). */
export interface ManifestChunk {
  file: string
  imports?: string[]
  assets?: string[]
}
export type Manifest = Record<string, ManifestChunk>
/** One entry point of size-budget.json. */
export interface BudgetEntry {
  html: string
  dynamic?: string[]
  /** Source paths of the worker's dynamic imports this mode's worker loads before its first answer. */
  workerDynamic?: string[]
  limit: number
  /** Issue 15's goal; left out for an entry kept within a limit only (what loads after the first answer). */
  target?: number
}
export interface Budget {
  entries: Record<string, BudgetEntry>
}
export interface Row {
  name: string
  files: string[]
  gzip: number
  limit: number
  target?: number
  over: boolean
}
export function staticImports(code: string): string[]
export function dynamicImports(code: string): string[]
export function entryFiles(manifest: Manifest, entry: BudgetEntry, read: (file: string) => string): string[]
export function gzipSize(bytes: Uint8Array): number
export function measure(manifest: Manifest, budget: Budget, readBytes: (file: string) => Buffer): Row[]
export function table(rows: Row[]): string
