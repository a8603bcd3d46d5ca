import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { catalog } from './build/catalog-plugin.ts'
import { serviceWorker } from './build/service-worker-plugin.ts'

export default defineConfig({
  // Relative URLs everywhere, so the built dist/ works from any sub-folder of any static host.
  base: './',
  plugins: [svelte(), catalog(), serviceWorker()],
  worker: { format: 'es' },
})
