import { mount } from 'svelte'
import App from './App.svelte'
import { currentLocale, loadInitialCatalog } from './lib/i18n/index'
import { startOffline } from './lib/offline/offline.svelte'
import './app.css'

document.documentElement.lang = currentLocale()
const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

// The page's language's catalog loads first (each language is a chunk of its own), so the app mounts with its text.
await loadInitialCatalog()
export default mount(App, { target })

// The offline service worker (built app only, never in an embed); registered after the page has loaded.
if (document.readyState === 'complete') startOffline()
else window.addEventListener('load', startOffline, { once: true })
