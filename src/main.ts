import { mount } from 'svelte'
import App from './App.svelte'
import { currentLocale } from './lib/i18n/index'
import { startOffline } from './lib/offline/offline.svelte'
import './app.css'

document.documentElement.lang = currentLocale()
const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

export default mount(App, { target })

// The offline service worker (built app only, never in an embed); registered after the page has loaded.
if (document.readyState === 'complete') startOffline()
else window.addEventListener('load', startOffline, { once: true })
