// Loads the built package from CommonJS by its own name, as an older app would, and runs a whole plan.
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const path = require('node:path')
const { planRehab, movements, findMovement } = require('rehab-engine')

const input = JSON.parse(readFileSync(path.join(__dirname, '../../examples/assessment.json'), 'utf8'))
const plan = planRehab(input)
assert.equal(plan._tag, 'Right')
assert.equal(plan.right.selection.selected.length, 5)
assert.equal(movements.length, 18)
assert.equal(findMovement('deadbug')._tag, 'Some')
assert.equal(require('rehab-engine/package.json').name, 'rehab-engine')
console.log('CJS smoke test passed')
