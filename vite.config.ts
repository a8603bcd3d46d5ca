import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { catalog } from './build/catalog-plugin.ts'
import { serviceWorker } from './build/service-worker-plugin.ts'

/** The page's and the worker's entry modules (index.html's script is src/main.ts). */
const ENTRY_MODULE = /(index\.html|[\\/]src[\\/]main\.ts|[\\/]workers[\\/]engine\.worker\.ts)$/

// The engine is pure (eslint.layers.js): importing one of its modules does nothing but define exports. Saying so lets
// the bundler follow src/engine/index.ts's re-exports to the modules a chunk really uses, so the worker's first load
// and the page carry only the engine code they call; the rest goes into the chunks that load it on demand.
const engineWithoutSideEffects = {
  treeshake: {
    moduleSideEffects: (id: string) => (/[\\/]src[\\/]engine[\\/]/.test(id) ? false : undefined),
  },
  // What every page (and the worker) runs at start goes into one chunk instead of dozens of small shared ones: each
  // file is compressed alone, so many small files cost ~20 kB more gzip per entry (and as many requests). Only the
  // entry module itself stays out, so the HTML page (and the worker) keep their entry chunk.
  output: {
    codeSplitting: {
      groups: [{ name: 'start', tags: ['$initial' as const], test: (id: string) => !ENTRY_MODULE.test(id) }],
    },
  },
}

export default defineConfig({
  // Relative URLs everywhere, so the built dist/ works from any sub-folder of any static host.
  base: './',
  plugins: [svelte(), catalog(), serviceWorker()],
  // The manifest lets tools/size-budget.mjs follow what each entry point loads.
  build: { manifest: true, rolldownOptions: engineWithoutSideEffects },
  worker: { format: 'es', rolldownOptions: engineWithoutSideEffects },
  // An embed inside <iframe sandbox="allow-scripts"> has an opaque origin: its module scripts and catalog fetches
  // are cross-origin requests, so the server must allow any origin (static hosts such as GitHub Pages do).
  preview: { cors: { origin: '*' } },
})
