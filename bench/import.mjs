// Cold import: a fresh Node process importing the built package, against a fresh process importing nothing.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'

const time = (code) => {
  const samples = []
  for (let run = 0; run < 15; run++) {
    const started = process.hrtime.bigint()
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: new URL('..', import.meta.url).pathname })
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]
}

export const runImportBench = () => {
  const bare = time('')
  const withZod = time("await import('zod'); await import('fp-ts/lib/Either.js')")
  const library = time("await import('rehab-engine')")
  const calendar = time("await import('rehab-engine/ics')")
  // The entries, the chunks they share and the CLI; not the source maps nor the types.
  const built = readdirSync(new URL('../dist/', import.meta.url)).filter((file) => /\.(js|cjs)$/.test(file)).sort()
  const files = built.map((name) => `dist/${name}`).map((file) => {
    const path = new URL(`../${file}`, import.meta.url)
    return { file, kb: statSync(path).size / 1024, gzipKb: gzipSync(readFileSync(path)).length / 1024 }
  })
  return { bare, withZod, library, calendar, files }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bare, withZod, library, calendar, files } = runImportBench()
  console.log(`node alone ${bare.toFixed(0)} ms; with zod and fp-ts ${withZod.toFixed(0)} ms; with rehab-engine ${library.toFixed(0)} ms; with rehab-engine/ics ${calendar.toFixed(0)} ms (median of 15)`)
  for (const file of files) console.log(`${file.file}: ${file.kb.toFixed(1)} kB, ${file.gzipKb.toFixed(1)} kB gzipped`)
}
