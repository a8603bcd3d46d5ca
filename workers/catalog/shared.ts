// The worker's one AWS catalog, shared by the first answer's module and the parts loaded later.
import { Catalog } from '../../src/engine/index'
import { fetchReader } from './fetch-reader'
import { CatalogDocs } from './docs'

// The worker is built into assets/; the catalog sits beside the app, one folder up. The editor's docs read the
// descriptions the engine's Catalog drops from the same files as they pass, so each file is fetched once.
/** Descriptions picked up as catalog files pass (the editor's hover and completion). */
export const docs = new CatalogDocs()
/** The engine's catalog, fetching files beside the app as they are needed. */
export const catalog = new Catalog(docs.reader(fetchReader(new URL('../', import.meta.url))))
