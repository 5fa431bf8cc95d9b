// The playground's files, served from memory on loopback. Only the files of the built folder are known, by
// name: no path from a request ever reaches the file system.
import { readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

// The page runs its own script and style and asks nothing of the network; Plot's SVG carries inline styles.
const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'none'; base-uri 'none'",
}

/** Every file of the built playground folder, by the URL path it is served at (`/` for the page). */
export const readPlaygroundFiles = async (folder: string): Promise<Map<string, { type: string; body: Buffer }>> => {
  const files = new Map<string, { type: string; body: Buffer }>()
  for (const name of await readdir(folder)) {
    const type = TYPES[extname(name)]
    if (type !== undefined) files.set(`/${name}`, { type, body: await readFile(join(folder, name)) })
  }
  const page = files.get('/index.html')
  if (page === undefined) throw new Error(`${folder} holds no index.html`)
  files.set('/', page)
  return files
}

/** A server of those files: GET and HEAD only, 404 for any other path. */
export const playgroundServer = (files: ReadonlyMap<string, { type: string; body: Buffer }>): Server =>
  createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD', ...HEADERS }).end()
    const file = files.get((request.url ?? '/').split('?')[0]!)
    if (file === undefined) return void response.writeHead(404, { 'content-type': TYPES['.txt']!, ...HEADERS }).end('not found\n')
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length, ...HEADERS })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  })
