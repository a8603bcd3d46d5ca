import { describe, expect, it } from 'vitest'
import { precacheManifest, route, shellKey } from '../../../src/lib/offline/manifest'

const scope = 'https://example.com/tools/iam/'
const precached = ['assets/index-abc.js', 'assets/index-abc.css', 'favicon.svg', 'index.html']

describe('precacheManifest', () => {
  it('keeps the shell (index.html, assets, favicon), sorted and without duplicates', () => {
    expect(
      precacheManifest([
        'index.html',
        'assets/index-abc.js',
        'assets/index-abc.js.map',
        './assets/engine.worker-x.js',
        'favicon.svg',
        'catalog/services.json',
        'catalog/actions/s3.json',
        'sw.js',
        'robots.txt',
        'assets/index-abc.js',
      ]),
    ).toEqual(['assets/engine.worker-x.js', 'assets/index-abc.js', 'favicon.svg', 'index.html'])
  })

  it('normalises Windows separators', () => {
    expect(precacheManifest(['assets\\a.js'])).toEqual(['assets/a.js'])
  })

  it('leaves out WebAssembly (the .tf parser loads on its first use only)', () => {
    expect(precacheManifest(['assets/main.wasm-Ab1.gz', 'assets/x.wasm', 'assets/wasm-notes.js'])).toEqual([
      'assets/wasm-notes.js',
    ])
  })
})

describe('route', () => {
  const get = (url: string, mode = 'cors') => route(url, 'GET', mode, scope, precached)

  it('serves navigations to the app page from the shell, with any query', () => {
    expect(get(scope, 'navigate')).toBe('shell')
    expect(get(`${scope}?s=abc#x`, 'navigate')).toBe('shell')
    expect(get(`${scope}index.html`, 'navigate')).toBe('shell')
    expect(get(`${scope}other/page`, 'navigate')).toBeUndefined()
  })

  it('serves precached files from the shell', () => {
    expect(get(`${scope}assets/index-abc.js`)).toBe('shell')
    expect(get(`${scope}favicon.svg`, 'no-cors')).toBe('shell')
    expect(get(`${scope}assets/unknown.js`)).toBeUndefined()
  })

  it('caches catalog JSON at run time', () => {
    expect(get(`${scope}catalog/services.json`)).toBe('catalog')
    expect(get(`${scope}catalog/actions/s3.json`)).toBe('catalog')
    expect(get(`${scope}catalog/actions/s3.txt`)).toBeUndefined()
  })

  it('never touches other origins, other folders or other methods', () => {
    expect(get('https://cdn.example.org/tools/iam/assets/index-abc.js')).toBeUndefined()
    expect(get('http://example.com/tools/iam/assets/index-abc.js')).toBeUndefined()
    expect(get('https://example.com/other/assets/index-abc.js')).toBeUndefined()
    expect(get('https://example.com/catalog/services.json')).toBeUndefined()
    expect(route(`${scope}catalog/services.json`, 'POST', 'cors', scope, precached)).toBeUndefined()
    expect(get(`${scope}sw.js`)).toBeUndefined()
  })

  it('survives embedding by toString (the service worker gets the function text)', () => {
    const embedded = new Function(`return (${route.toString()})`)() as typeof route
    expect(embedded(`${scope}catalog/services.json`, 'GET', 'cors', scope, precached)).toBe('catalog')
    const key = new Function(`return (${shellKey.toString()})`)() as typeof shellKey
    expect(key(scope, scope)).toBe('index.html')
  })
})

describe('shellKey', () => {
  it('maps the folder itself to index.html and other files to their path', () => {
    expect(shellKey(`${scope}?embed`, scope)).toBe('index.html')
    expect(shellKey(`${scope}assets/index-abc.js`, scope)).toBe('assets/index-abc.js')
  })
})
