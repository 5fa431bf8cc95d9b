// Loads the built package from ESM by its own name, as an app would, and runs a whole plan.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { planRehab, movements, findMovement } from 'rehab-engine'

const input = JSON.parse(readFileSync(new URL('../../examples/assessment.json', import.meta.url), 'utf8'))
const plan = planRehab(input)
assert.equal(plan._tag, 'Right')
assert.equal(plan.right.selection.selected.length, 5)
assert.equal(movements.length, 18)
assert.equal(findMovement('deadbug')._tag, 'Some')
assert.equal(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).name, 'rehab-engine')
console.log('ESM smoke test passed')
