// Proves the built ESM package runs a whole plan in a real browser: bundled for the browser by esbuild,
// served over HTTP and run in headless Chromium, with the same outcome as the sources give in Node.
import { createServer, type Server } from 'node:http'
import { builtinModules } from 'node:module'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build, type Message } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import * as calendar from '../../src/ics.js'
import * as engine from '../../src/index.js'
import { launchChromium, type Chromium } from '../support/chromium.js'
import { PROGRAM_START, runPlan, type PlanSummary } from './plan.js'

const ENTRY = fileURLToPath(new URL('./entry.ts', import.meta.url))
// The data: icon stops Chromium asking for /favicon.ico, whose 404 would show up as a console error.
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>rehab-engine</title></head><body><script type="module" src="/bundle.js"></script></body></html>'

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isNodeBuiltin = (path: string) => NODE_BUILTINS.has(path) || path.startsWith('node:')
const describeMessages = (messages: readonly Message[]) =>
  messages.map((message) => `${message.location?.file ?? '?'}: ${message.text} ${message.notes.map((note) => note.text).join(' ')}`).join('\n')

/** The browser bundle of the entry, failing loudly when anything in it needs a Node built-in. */
const bundleForBrowser = async (): Promise<string> => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((error: unknown) => {
    const errors = (error as { errors?: Message[] }).errors ?? []
    const builtins = errors.filter((message) => isNodeBuiltin(/^Could not resolve "(.+)"$/.exec(message.text)?.[1] ?? ''))
    if (builtins.length > 0) throw new Error(`The browser bundle needs a Node built-in module:\n${describeMessages(builtins)}`)
    throw error
  })
  // A built-in can also slip through as an external import, which would only fail once the page loads.
  const needed = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((entry) => entry.external || isNodeBuiltin(entry.path)).map((entry) => `${file} imports ${entry.path}`),
  )
  if (needed.length > 0) throw new Error(`The browser bundle needs Node built-in or external modules:\n${needed.join('\n')}`)
  const output = result.outputFiles[0]
  if (output === undefined) throw new Error('esbuild produced no output file')
  return output.text
}

const serve = async (bundle: string): Promise<Server> => {
  const server = createServer((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    else if (request.url === '/bundle.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return server
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve, reject) => {
    server.closeAllConnections() // keep-alive sockets from Chromium would otherwise hold close() open
    server.close((error) => (error ? reject(error) : resolve()))
  })

describe('the package in a browser', { timeout: 60_000 }, () => {
  let server: Server | undefined
  let browser: Chromium | undefined

  afterAll(async () => {
    // Each step runs even when an earlier one failed, so nothing is left running or on disk.
    await browser?.close()
    if (server !== undefined) await closeServer(server)
  }, 60_000)

  it('runs a whole plan from the ESM build in headless Chromium, as in Node', async () => {
    const bundle = await bundleForBrowser()
    server = await serve(bundle)
    const { port } = server.address() as AddressInfo

    browser = await launchChromium()
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))

    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => {
      const scope = globalThis as { __result?: unknown; __error?: unknown }
      return scope.__result !== undefined || scope.__error !== undefined
    })
    const outcome = await page.evaluate(() => {
      const scope = globalThis as { __result?: unknown; __error?: string }
      return { result: scope.__result, error: scope.__error }
    })

    expect(outcome.error, 'the plan threw in the browser').toBeUndefined()
    expect(problems).toEqual([])
    const inBrowser = outcome.result as PlanSummary

    // The built package in the browser gives exactly what the sources give in Node.
    expect(inBrowser).toEqual(runPlan({ ...engine, ...calendar }))
    expect(inBrowser.screening).toBe('Cleared')
    expect(inBrowser.selected).toHaveLength(5)
    expect(inBrowser.nextDose.action).toBe('progress')
    expect(inBrowser.sessions).toBe(21)
    // 08:00 in Berlin in November is an hour ahead of UTC.
    expect(inBrowser.firstSessionStart).toBe(`${PROGRAM_START}T08:00:00+01:00`)
    expect(inBrowser.icsIsCalendar).toBe(true)
  })
})
