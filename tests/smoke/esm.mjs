// Loads the built package from ESM by its own name, as an app would, and runs a whole plan.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { BUILT_IN_CATALOG, buildProgram, findMovement, planRehab } from 'rehab-engine'
import * as main from 'rehab-engine'
import { programToIcs } from 'rehab-engine/ics'

const input = JSON.parse(readFileSync(new URL('../../examples/assessment.json', import.meta.url), 'utf8'))
const plan = planRehab(input)
assert.equal(plan._tag, 'Right')
assert.equal(plan.right.selection.selected.length, 5)
const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1, timeZone: 'Europe/Berlin' } })
assert.equal(program._tag, 'Right')
assert.equal(program.right.sessions.length, 21)
const ics = programToIcs({ program: program.right, options: { idPrefix: 'smoke' } })
assert.equal(ics._tag === 'Right' && ics.right.startsWith('BEGIN:VCALENDAR\r\n'), true)
// The calendar is at its own subpath only.
assert.equal('programToIcs' in main, false)
assert.equal(BUILT_IN_CATALOG.length, 22)
assert.equal(findMovement({ movement: 'deadbug' })._tag, 'Right')
assert.equal(findMovement({ movement: 'handstand' })._tag, 'Left')
assert.equal(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).name, 'rehab-engine')
console.log('ESM smoke test passed')
