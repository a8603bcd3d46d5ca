// Pure parts of the offline support, shared by the build plugin (which writes dist/sw.js) and the unit tests.
// INVARIANT: `route` is embedded into the generated service worker with Function.prototype.toString(), so it must be
// self-contained: no imports, no calls to other functions of this module, nothing but built-ins.

/**
 * Paths (relative to the app's folder) that make up the app shell, which the service worker precaches on install.
 * WebAssembly (the `.tf` parser, 1.7 MB) is left out: it loads from the network on the first `.tf` import only.
 */
export function precacheManifest(files: readonly string[]): string[] {
  const shell = files
    .map((file) => file.replace(/\\/g, '/').replace(/^\.?\/+/, ''))
    .filter(
      (file) =>
        !file.endsWith('.map') &&
        !/\.wasm\b/.test(file) &&
        (file === 'index.html' || /^favicon\.[\w]+$/.test(file) || /^assets\/[^?#]+$/.test(file)),
    )
  return [...new Set(shell)].sort()
}

/** How the service worker answers a request: from the precached shell, from the runtime catalog cache, or not at all. */
export type Route = 'shell' | 'catalog' | undefined

/**
 * Which requests the service worker handles. Only GET requests of its own origin inside its scope: a navigation to the
 * app's page or a precached file is served from the shell cache, a `catalog/**.json` file from the catalog cache.
 * Everything else (other origins, other paths, other methods) goes to the network untouched.
 */
export function route(url: string, method: string, mode: string, scope: string, precached: readonly string[]): Route {
  if (method !== 'GET') return undefined
  const target = new URL(url)
  const base = new URL(scope)
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined
  const path = decodeURIComponent(target.pathname.slice(base.pathname.length))
  if (mode === 'navigate') return path === '' || path === 'index.html' ? 'shell' : undefined
  if (precached.includes(path) && (path !== 'index.html' || target.search === '')) return 'shell'
  if (/^catalog\/[\w./-]+\.json$/.test(path) && !path.split('/').includes('..')) return 'catalog'
  return undefined
}

/** The shell path a routed request is cached under (navigations, with any query or hash, are the one index.html). */
export function shellKey(url: string, scope: string): string {
  const path = new URL(url).pathname.slice(new URL(scope).pathname.length)
  return path === '' ? 'index.html' : decodeURIComponent(path)
}
