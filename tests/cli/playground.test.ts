// `rehab-engine playground` as a person starts it: the built CLI as a child process, serving the built page
// on loopback until it is stopped.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const CLI = join(ROOT, 'dist/cli.js')

/** A raw request, so a path such as /../package.json reaches the server as written. */
const get = (port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> =>
  new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    sent.on('error', reject).end()
  })

let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGKILL')
  child = undefined
})

/** Starts the server on any free port and reads the address it prints. */
const start = async (): Promise<number> => {
  child = spawn(process.execPath, [CLI, 'playground'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  for await (const chunk of child.stdout!) {
    out += String(chunk)
    const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)
    if (found !== null) return Number(found[1])
  }
  throw new Error(`the playground printed no address: ${out}`)
}

describe('rehab-engine playground', () => {
  it('serves the built page, its script and its style on loopback, and stops cleanly on SIGTERM', async () => {
    const port = await start()
    const page = await get(port, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toBe(readFileSync(join(ROOT, 'dist/playground/index.html'), 'utf8'))
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    const script = await get(port, '/playground.js')
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body.length).toBe(readFileSync(join(ROOT, 'dist/playground/playground.js'), 'utf8').length)
    expect((await get(port, '/style.css')).status).toBe(200)
    const head = await get(port, '/', 'HEAD')
    expect([head.status, head.body]).toEqual([200, ''])
    const exited = once(child!, 'exit')
    child!.kill('SIGTERM')
    expect(await exited).toEqual([0, null])
  })

  it('serves nothing outside the folder and answers only GET and HEAD', async () => {
    const port = await start()
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/dist/index.js', '/index.html/..', '/nothing']) {
      expect((await get(port, path)).status, path).toBe(404)
    }
    const posted = await get(port, '/', 'POST')
    expect([posted.status, posted.headers['allow']]).toEqual([405, 'GET, HEAD'])
  })

  it('refuses a port that is not one, before listening', async () => {
    const run = (port: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(process.execPath, [CLI, 'playground', '--port', port], { timeout: 30_000 }, (error, _out, stderr) =>
          resolve({ code: error === null ? 0 : (error.code as number), stderr }),
        )
      })
    const over = await run('70000')
    expect(over.code).toBe(2)
    expect(over.stderr).toContain('--port 70000 is over 65535')
    const hex = await run('0x50')
    expect(hex.code).toBe(2)
    expect(hex.stderr).toContain('not a whole number')
  })
})
