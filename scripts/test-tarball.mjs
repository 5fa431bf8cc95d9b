// Packs the package, checks what the tarball holds, installs it into an empty project and uses it from
// ESM, from CommonJS, through its JSON Schemas and through its bin, the way a new user would.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const work = mkdtempSync(join(tmpdir(), 'rehab-engine-tarball-'))

try {
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root))
  const files = packed.files.map((file) => file.path).sort()
  const allowed = /^(dist\/|schemas\/[a-z-]+\.json$|(ics|locales)\/package\.json$|docs\/(ladders\/)?[a-z-]+\.md$|docs\/ladders\/README\.md$|examples\/[a-z-]+\.(json|ts)$|examples\/service\/([a-z]+\.ts|README\.md)$|examples\/playground\/([a-zA-Z.]+\.ts|index\.html|style\.css)$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/
  assert.deepEqual(files.filter((file) => !allowed.test(file)), [], 'the tarball holds dist, schemas, the guides, the examples, README, CHANGELOG, LICENSE, package.json and the ics/ and locales/ pointers for old resolvers')
  // Every link of a shipped page to another file resolves inside the package, so the guides read in node_modules.
  const broken = []
  for (const page of files.filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue
      const resolved = posix.normalize(posix.join(posix.dirname(page), target.split('#')[0]))
      if (!files.includes(resolved)) broken.push(`${page} -> ${target}`)
    }
  }
  assert.deepEqual(broken, [], 'every relative link of a shipped page points at a shipped file')
  for (const needed of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/ics.js', 'dist/ics.cjs', 'dist/ics.d.ts', 'dist/ics.d.cts', 'dist/cli.js', 'dist/playground/index.html', 'dist/playground/playground.js', 'dist/playground/style.css', 'ics/package.json', 'locales/package.json', 'dist/locales.js', 'dist/locales.cjs', 'dist/locales.d.ts', 'dist/locales.d.cts', 'schemas/plan-rehab-input.json', 'schemas/build-program-input.json', 'LICENSE']) {
    assert.ok(files.includes(needed), `the tarball holds ${needed}`)
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  assert.equal(manifest.scripts.preinstall ?? manifest.scripts.install ?? manifest.scripts.postinstall, undefined, 'no install scripts')

  const project = join(work, 'project')
  run('mkdir', ['-p', project])
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tarball-user', private: true, version: '1.0.0' }))
  const peers = Object.keys(manifest.peerDependencies).map((name) => `${name}@${manifest.devDependencies[name]}`)
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename), ...peers], project)
  copyFileSync(join(root, 'examples/assessment.json'), join(project, 'assessment.json'))

  const esm = run(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync } from 'node:fs'
    import { buildProgram, planRehab } from 'rehab-engine'
    import { programToIcs } from 'rehab-engine/ics'
    import { de, localize } from 'rehab-engine/locales'
    const plan = planRehab(JSON.parse(readFileSync('assessment.json', 'utf8')))
    const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
    const ics = programToIcs({ program: program.right, options: { idPrefix: 'tarball' } })
    const german = localize({ value: plan.right, catalog: de })
    const reason = (value) => value.selection.reasons[0].message
    console.log(plan._tag, plan.right.selection.selected.length, program.right.sessions.length, ics.right.split('BEGIN:VEVENT').length - 1, german._tag, reason(german.right) !== reason(plan.right))`], project)
  // 21 sessions, the check-in after the week and the one 8 weeks on; the plan's reasons in German.
  assert.equal(esm.trim(), 'Right 5 21 23 Right true', 'ESM import works, rehab-engine/ics and rehab-engine/locales too')

  const cjs = run(process.execPath, ['-e', `
    const { planRehab } = require('rehab-engine')
    const { programToIcs } = require('rehab-engine/ics')
    const { localize } = require('rehab-engine/locales')
    const schema = require('rehab-engine/schemas/plan-rehab-input.json')
    const plan = planRehab(require('./assessment.json'))
    console.log(plan._tag, schema.type, typeof programToIcs, typeof localize)`], project)
  assert.equal(cjs.trim(), 'Right object function function', 'CommonJS require, rehab-engine/ics, rehab-engine/locales and the JSON Schemas work')

  const bin = join(project, 'node_modules/.bin/rehab-engine')
  assert.equal(run(bin, ['--version'], project).trim(), manifest.version, 'the bin runs')
  assert.equal(JSON.parse(run(bin, ['plan', 'assessment.json', '--format', 'json'], project)).selection.selected.length, 5)
  const calendar = run(bin, ['program', 'assessment.json', '--start', '2026-11-02', '--weeks', '1', '--time-zone', 'Europe/Berlin', '--format', 'ics', '--id', 'tarball'], project)
  assert.match(calendar, /^BEGIN:VCALENDAR/, 'the bin writes a calendar')
  assert.match(calendar, /DTSTART:20261102T070000Z/, '08:00 in Berlin is 07:00 UTC')
  console.log(`Tarball test passed: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
