// The playground as a person opens it: the built folder loaded from disk (file://) in headless Chromium with
// every network request refused, its plan checked against the engine's in Node, an edit followed through to
// the chart, and a screenshot kept in reports/playground.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BUILT_IN_CATALOG, decideDay, describeDose, type EpisodeInput } from '../../src/index.js'
import { de, localize } from '../../src/locales.js'
import { whyOf } from '../../examples/playground/whyOf.js'
import { launchChromium, type Chromium } from '../support/chromium.js'

const ROOT = join(import.meta.dirname, '../..')
const folder = mkdtempSync(join(tmpdir(), 'rehab-engine-playground-'))
const example = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as EpisodeInput
const EXAMPLE_TODAY = '2026-11-09'

interface Row {
  readonly key: string | undefined
  readonly name: string | null | undefined
  readonly status: string | undefined
  readonly dose: string | null | undefined
  readonly why: string | null | undefined
}

/** A movement's name as the page should show it: the built-in catalog's, or the German catalog's. */
const nameIn = (movement: string, variant: string | undefined, german: boolean): string => {
  const own = BUILT_IN_CATALOG.find((entry) => entry.id === movement)!
  const words = german ? (de.movements as Readonly<Record<string, { name: string; variants?: Record<string, string> }>>)[movement]! : undefined
  const name = words?.name ?? own.name
  return variant === undefined ? name : `${name}: ${words?.variants?.[variant] ?? own.variants.find((entry) => entry.id === variant)!.name}`
}

/** The plan of a day as the page's table should show it, from the engine in Node, in English or German. */
const expectedRows = (episode: unknown, today: string, german = false): Row[] => {
  const english = decideDay({ episode: episode as EpisodeInput, today })
  const written = german ? localize({ value: english, catalog: de }) : { _tag: 'Right' as const, right: english }
  if (written._tag === 'Left' || written.right._tag === 'Left') throw new Error(`the episode has a plan on ${today}`)
  const locale = german ? { locale: de } : undefined
  return written.right.right.items.map((item) => ({
    key: item.variant === undefined ? item.movement : `${item.movement}/${item.variant}`,
    name: nameIn(item.movement, item.variant, german),
    status: item.status,
    dose: item.status === 'paused' ? `rest until ${item.resumeOn}` : (describeDose({ dose: item.dose, options: locale }) as { right: string }).right,
    // A paused item lists every reason; a dosed one its first, and a hold or step down its first finding about itself.
    why: (item.status === 'paused' ? item.reasons : whyOf(item)).map((reason) => reason.message).join(''),
  }))
}

const rowsOf = (page: Page): Promise<Row[]> =>
  page.$$eval('#plan tbody tr', (rows) =>
    rows.map((row) => ({ key: row.dataset['movement'], name: row.querySelectorAll('td')[0]?.textContent, status: row.dataset['status'], dose: row.querySelectorAll('td')[2]?.textContent, why: row.querySelectorAll('td')[4]?.textContent })),
  )

/** Waits for the page's `count`-th drawing of the episode. */
const drawn = (page: Page, count: number) => page.waitForFunction((expected) => (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body.dataset['updated'] === String(expected), count)

describe('the playground in headless Chromium', () => {
  let browser: Chromium | undefined
  const problems: string[] = []
  const requests: string[] = []
  let page: Page

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-playground.mjs'), folder])
    browser = await launchChromium()
    // Offline: whatever the page asks of anything but its own folder is refused and recorded.
    await browser.context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue()
      requests.push(route.request().url())
      return route.abort()
    })
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.setViewportSize({ width: 1200, height: 900 })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(pathToFileURL(join(folder, 'index.html')).href)
    await drawn(page, 1)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    rmSync(folder, { recursive: true, force: true })
  }, 60_000)

  it('opens on the init template, planned on its own day as the engine plans it in Node', async () => {
    const template = parse(execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'init'], { encoding: 'utf8' })) as { events: { date: string }[] }
    const today = template.events[0]!.date
    expect(await page.inputValue('#today')).toBe(today)
    expect(await rowsOf(page)).toEqual(expectedRows(template, today))
  })

  it('shows the bundled example: the same plan as in Node, its charts and its report', async () => {
    await page.click('#load-example')
    await drawn(page, 2)
    expect(await page.inputValue('#today')).toBe(EXAMPLE_TODAY)
    const rows = await rowsOf(page)
    expect(rows).toEqual(expectedRows(example, EXAMPLE_TODAY))
    expect(rows.length).toBeGreaterThan(5)
    expect(await page.locator('#pain-chart svg').count()).toBeGreaterThan(0)
    expect(await page.locator('#ladder-chart svg title').count()).toBeGreaterThan(20)
    expect(await page.getAttribute('#report > div', 'data-verdict')).toBe('unchanged')
  })

  it('draws the pain chart again when a morning in the editor changes', async () => {
    const before = await page.innerHTML('#pain-chart')
    expect(before).toContain('2026-11-05: morning back pain 2/10')
    const text = await page.inputValue('#episode')
    const edited = text.replace('{"type":"morning","date":"2026-11-05","backPain":2}', '{"type":"morning","date":"2026-11-05","backPain":7}')
    expect(edited).not.toBe(text)
    await page.fill('#episode', edited)
    await drawn(page, 3)
    const after = await page.innerHTML('#pain-chart')
    expect(after).toContain('2026-11-05: morning back pain 7/10')
    expect(after).not.toContain('2026-11-05: morning back pain 2/10')
    // The page's plan follows the edit as the engine does.
    expect(await rowsOf(page)).toEqual(expectedRows(JSON.parse(edited), EXAMPLE_TODAY))
  })

  it('writes the names, doses, reasons and disclaimer in German when asked, as the engine does in Node, and in English again after', async () => {
    const text = await page.inputValue('#episode')
    const english = await rowsOf(page)
    await page.selectOption('#language', 'de')
    await drawn(page, 4)
    const german = await rowsOf(page)
    expect(german).toEqual(expectedRows(JSON.parse(text), EXAMPLE_TODAY, true))
    expect(german.map((row) => row.why)).not.toEqual(english.map((row) => row.why))
    expect(await page.textContent('#disclaimer')).toBe(de.program.disclaimer)
    await page.selectOption('#language', 'en')
    await drawn(page, 5)
    expect(await rowsOf(page)).toEqual(english)
  })

  it('simulates a ladder from the chosen response, and keeps a screenshot', async () => {
    await page.selectOption('#simulate-movement', 'hip-bridge')
    await page.fill('#simulate-weeks', '3')
    await page.click('#simulate button[type=submit]')
    await page.waitForSelector('#simulation-chart svg')
    expect(await page.locator('#simulation-chart svg title').first().textContent()).toMatch(/^2026-11-09T\d\d:\d\d: hip-bridge, rung 1$/)
    const screenshots = join(ROOT, 'reports/playground')
    mkdirSync(screenshots, { recursive: true })
    await page.screenshot({ path: join(screenshots, 'playground.png'), fullPage: true })
  })

  it('ran with no error or warning, and asked nothing of the network', () => {
    expect(problems).toEqual([])
    expect(requests).toEqual([])
  })
})
