// Cold import: a fresh Node process importing the built package, against a fresh process importing nothing.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'

const ROUNDS = 25
const CODES = {
  bare: '',
  // zod alone, as the target reads: the engine loads no fp-ts module at run time, only its types.
  withZod: "await import('zod')",
  library: "await import('rehab-engine')",
  calendar: "await import('rehab-engine/ics')",
}

/**
 * The median time of a fresh process for each piece of code. The pieces take
 * turns, round after round, so that a busy spell on a shared machine slows
 * each of them alike and the ratios between them hold.
 */
const medians = () => {
  const samples = Object.fromEntries(Object.keys(CODES).map((name) => [name, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, code] of Object.entries(CODES)) {
      const started = process.hrtime.bigint()
      execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: new URL('..', import.meta.url).pathname })
      samples[name].push(Number(process.hrtime.bigint() - started) / 1e6)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]]))
}

/** The 1.0 target: a cold import of the main entry at most 1.5 times a cold import of zod alone. */
export const IMPORT_RATIO_TARGET = 1.5

export const runImportBench = () => {
  const { bare, withZod, library, calendar } = medians()
  // The entries, the chunks they share and the CLI; not the source maps nor the types.
  const built = readdirSync(new URL('../dist/', import.meta.url)).filter((file) => /\.(js|cjs)$/.test(file)).sort()
  const files = built.map((name) => `dist/${name}`).map((file) => {
    const path = new URL(`../${file}`, import.meta.url)
    return { file, kb: statSync(path).size / 1024, gzipKb: gzipSync(readFileSync(path)).length / 1024 }
  })
  return { bare, withZod, library, calendar, ratio: library / withZod, files }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bare, withZod, library, calendar, ratio, files } = runImportBench()
  console.log(`node alone ${bare.toFixed(0)} ms; with zod ${withZod.toFixed(0)} ms; with rehab-engine ${library.toFixed(0)} ms (${ratio.toFixed(2)} times zod, target at most ${IMPORT_RATIO_TARGET}); with rehab-engine/ics ${calendar.toFixed(0)} ms (median of ${ROUNDS})`)
  for (const file of files) console.log(`${file.file}: ${file.kb.toFixed(1)} kB, ${file.gzipKb.toFixed(1)} kB gzipped`)
}
