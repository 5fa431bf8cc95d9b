// The parts of a day's plan against the year's whole decision from its JSON text. Both paths, the whole
// episode and a snapshot, build that plan, so the plan bounds how much faster a day from a snapshot can be.
// The parts are internals: they are bundled from the sources as the package is, into a temporary folder.
import { build } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { oneYear, speedUpInTurns } from './episode.mjs'

const TODAY = '2026-12-01' // the day after the bench's year

const bundledParts = async (folder) => {
  const outfile = join(folder, 'parts.mjs')
  await build({ entryPoints: [fileURLToPath(new URL('./dayPlanParts.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' })
  return import(pathToFileURL(outfile).href)
}

/** How many times each part of the year's last plan fits in the year's whole decision from its text. */
export const runDayPlanBench = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rehab-engine-bench-'))
  try {
    const parts = await bundledParts(folder)
    const episode = oneYear()
    const text = JSON.stringify({ episode, today: TODAY })
    const state = parts.foldedState(episode, TODAY)
    const year = () => parts.decideDay(JSON.parse(text))
    return {
      plan: speedUpInTurns(year, () => parts.plan(state, TODAY)),
      ceiling: speedUpInTurns(year, () => parts.ceiling(state, TODAY, 'hip-mobility')),
      adherence: speedUpInTurns(year, () => parts.adherence(state, TODAY)),
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runDayPlanBench())
