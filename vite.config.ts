import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { catalog } from './build/catalog-plugin.ts'
import { serviceWorker } from './build/service-worker-plugin.ts'

export default defineConfig({
  // Relative URLs everywhere, so the built dist/ works from any sub-folder of any static host.
  base: './',
  plugins: [svelte(), catalog(), serviceWorker()],
  worker: { format: 'es' },
  // The manifest lets tools/size-budget.mjs follow what each entry point loads.
  build: { manifest: true },
  // An embed inside <iframe sandbox="allow-scripts"> has an opaque origin: its module scripts and catalog fetches
  // are cross-origin requests, so the server must allow any origin (static hosts such as GitHub Pages do).
  preview: { cors: { origin: '*' } },
})
