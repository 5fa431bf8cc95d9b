// Finds every example the docs show: each `@example` of a doc comment under src/, and each ```ts block
// of the README and the guides in docs/. `node scripts/extract-examples.mjs` writes them to .examples/ as
// TypeScript modules, so that `tsc -p tsconfig.examples.json` type-checks them with the project's
// compiler options and 'rehab-engine' resolved to src/; tests/docs/examples.test.ts runs the same list.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(fileURLToPath(import.meta.url), '../..')

const filesUnder = (folder, ending, skip = () => false) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (skip(path)) return []
    if (entry.isDirectory()) return filesUnder(path, ending, skip)
    return entry.name.endsWith(ending) ? [path] : []
  })

/** The `@example` blocks of a source file, with the comment markers stripped. */
const docCommentExamples = (file) => {
  const lines = readFileSync(file, 'utf8').split('\n')
  const found = []
  lines.forEach((line, index) => {
    if (line.trim() !== '* @example') return
    const body = []
    for (const next of lines.slice(index + 1)) {
      if (next.trim().startsWith('*/') || /^\s*\*\s*@\w+/.test(next)) break
      body.push(next.replace(/^\s*\*( |$)/, ''))
    }
    found.push({ where: `${relative(ROOT, file)}:${index + 1}`, code: body.join('\n'), kind: 'doc comment' })
  })
  return found
}

/** The ```ts blocks of a Markdown file. */
const markdownBlocks = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
    where: `${relative(ROOT, file)} block ${index + 1}`,
    code: match[1],
    kind: 'guide',
  }))

/** Every example, doc comments first. docs/api is generated from the same comments, so it is left out. */
export const findExamples = () => [
  ...filesUnder(join(ROOT, 'src'), '.ts').flatMap(docCommentExamples),
  ...[join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'), '.md', (path) => path === join(ROOT, 'docs/api'))].flatMap(markdownBlocks),
]

/** An example as a module of its own: `assert` imported when it is used and not imported already. */
export const asModule = (code) => {
  const needsAssert = /\bassert\b/.test(code) && !/import assert from/.test(code)
  return `${needsAssert ? "import assert from 'node:assert/strict'\n" : ''}${code}\nexport {}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = join(ROOT, '.examples')
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder)
  const examples = findExamples()
  examples.forEach((example, index) => {
    const name = `${String(index).padStart(3, '0')}-${example.where.replace(/[^A-Za-z0-9]+/g, '-')}.ts`
    writeFileSync(join(folder, name), `// ${example.where}\n${asModule(example.code)}`)
  })
  console.log(`.examples/: ${examples.length} examples written`)
}
