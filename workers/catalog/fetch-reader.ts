// Reads the AWS catalog that the build ships as static JSON under `catalog/`, from the page's own origin.
import type { CatalogReader } from '../../src/engine/index'

/**
 * A {@link CatalogReader} that fetches `catalog/<path>` relative to `base` (the app's folder), so the app
 * works from any sub-folder of a static host. A missing file or a failed request reads as absent.
 */
export function fetchReader(base: string | URL): CatalogReader {
  return async (path) => {
    try {
      const response = await fetch(new URL(`catalog/${path}`, base))
      return response.ok ? await response.json() : undefined
    } catch {
      return undefined
    }
  }
}
