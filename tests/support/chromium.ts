// Debian's Chromium, headless, for the browser tests.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// The machine's network is closed: without these Chromium keeps trying to reach Google's services.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Chromium {
  readonly context: BrowserContext
  /** Closes the browser and removes its profile. */
  readonly close: () => Promise<void>
}

/** A fresh headless Chromium with a profile of its own. A missing browser is a broken test machine, not a reason to skip. */
export const launchChromium = async (): Promise<Chromium> => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is required for the browser tests but was not found at ${CHROMIUM_PATH}: install the apt package \`chromium\` or set CHROMIUM_PATH.`)
  }
  const profile = await mkdtemp(join(tmpdir(), 'rehab-engine-chromium-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await rm(profile, { recursive: true, force: true })
    throw error
  })
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined)
      await rm(profile, { recursive: true, force: true })
    },
  }
}
