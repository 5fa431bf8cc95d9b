// Builds the playground into one folder (dist/playground by default): the page, its style, and one classic
// script holding the engine, the charts, the `init` template and the bundled example. A classic script, not a
// module, so the page also runs opened straight from the folder (file://), offline.
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SOURCE = join(ROOT, 'examples/playground')

/** The packages the bundle holds code of (the engine's own dependencies, the charts' d3), each with its licence text. */
const licenses = async (inputs) => {
  const folders = new Set(inputs.flatMap((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []))
  const notices = []
  for (const folder of [...folders].sort()) {
    const { name, version, license } = JSON.parse(await readFile(join(ROOT, folder, 'package.json'), 'utf8'))
    const file = (await readdir(join(ROOT, folder))).find((entry) => /^licen[cs]e/i.test(entry))
    const text = file === undefined ? `(${license}; the package ships no licence file)` : (await readFile(join(ROOT, folder, file), 'utf8')).trim()
    notices.push(`${name} ${version} (${license})\n\n${text}`)
  }
  return `The playground's script bundles code of these packages, under their licences:\n\n${notices.join('\n\n----\n\n')}\n`
}

/** Builds the page into `outDir` from the built package in dist (run `npm run build` first); returns the folder. */
export const buildPlayground = async (outDir = join(ROOT, 'dist/playground')) => {
  const template = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'init'], { encoding: 'utf8' })
  const example = await readFile(join(ROOT, 'examples/episode.json'), 'utf8')
  await mkdir(outDir, { recursive: true })
  const { metafile } = await build({
    entryPoints: [join(SOURCE, 'main.ts')],
    outfile: join(outDir, 'playground.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    alias: { 'rehab-engine/locales': join(ROOT, 'dist/locales.js'), 'rehab-engine': join(ROOT, 'dist/index.js') },
    define: { __EPISODE_TEMPLATE__: JSON.stringify(template), __EXAMPLE_EPISODE__: JSON.stringify(example) },
    logLevel: 'warning',
  })
  await writeFile(join(outDir, 'third-party-licenses.txt'), await licenses(Object.keys(metafile.inputs)))
  await copyFile(join(SOURCE, 'index.html'), join(outDir, 'index.html'))
  await copyFile(join(SOURCE, 'style.css'), join(outDir, 'style.css'))
  return outDir
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = await buildPlayground(process.argv[2])
  console.log(`playground built in ${folder}`)
}
