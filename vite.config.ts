import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { catalog } from './build/catalog-plugin.ts'
import { serviceWorker } from './build/service-worker-plugin.ts'

// The engine is pure (eslint.layers.js): importing one of its modules does nothing but define exports. Saying so lets
// the bundler follow src/engine/index.ts's re-exports to the modules a chunk really uses, so the worker's first load
// and the page carry only the engine code they call; the rest goes into the chunks that load it on demand.
const engineWithoutSideEffects = {
  treeshake: {
    moduleSideEffects: (id: string) => (/[\\/]src[\\/]engine[\\/]/.test(id) ? false : undefined),
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
