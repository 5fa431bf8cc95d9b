// The selection rule, the same input, in one run: (a) a hand-written loop, (b) selectRehabMovements on a
// parsed assessment, (c) selectRehabMovements on raw JSON, (d) json-rules-engine, and zod's safeParse alone.
import { readFileSync } from 'node:fs'
import { Engine } from 'json-rules-engine'
import { measure } from 'mitata'
import { AssessmentSchema, BUILT_IN_CATALOG, NO_RED_FLAGS, parseAssessment, selectRehabMovements } from '../dist/index.js'

const intake = { age: 38, redFlags: NO_RED_FLAGS }

const example = JSON.parse(readFileSync(new URL('../examples/assessment.json', import.meta.url), 'utf8')).assessment
const rawText = JSON.stringify(example)

// --- (a) the rule written by hand: same decisions, same output shape and reasons, nothing generic.
const INDEX = new Map()
const tags = new Map()
BUILT_IN_CATALOG.forEach((movement, position) => {
  let mask = 0
  for (const tag of movement.focus) {
    if (!tags.has(tag)) tags.set(tag, tags.size)
    mask |= 1 << tags.get(tag)
  }
  // One family per movement with its variants and its easier form (the built-in catalog's forms are one step apart),
  // numbered by the catalog position of the easier one.
  const family = movement.easierForm === undefined ? position : BUILT_IN_CATALOG.findIndex((other) => other.id === movement.easierForm)
  INDEX.set(movement.id, { id: movement.id, family, rank: position * 32, mask, perSide: movement.dose.perSide, variants: movement.variants.map((variant) => variant.id) })
})
const bits = (mask) => {
  let count = 0
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++
  return count
}
const handSelect = (results, ceiling) => {
  const entries = results.map((result) => {
    const movement = INDEX.get(result.movement)
    return { result, movement, rank: movement.rank + (result.variant === undefined ? 0 : movement.variants.indexOf(result.variant) + 1) }
  })
  entries.sort((a, b) => a.rank - b.rank)
  const severe = entries.filter((entry) => entry.result.pain >= 8)
  if (severe.length > 0) return { severe }
  const eligible = entries.filter((entry) => entry.result.pain <= ceiling)
  const taken = new Uint8Array(BUILT_IN_CATALOG.length)
  let distinct = 0
  for (const entry of eligible) if (taken[entry.movement.family] === 0) [taken[entry.movement.family], distinct] = [1, distinct + 1]
  if (distinct < 4) return { eligible }
  taken.fill(0)
  const size = Math.min(5, distinct)
  let best = null
  let bestCoverage = -1
  let bestPain = Infinity
  const pick = []
  const walk = (from, mask, pain) => {
    if (pick.length === size) {
      const coverage = bits(mask)
      if (coverage > bestCoverage || (coverage === bestCoverage && pain < bestPain)) [best, bestCoverage, bestPain] = [pick.slice(), coverage, pain]
      return
    }
    for (let index = from; index <= eligible.length - (size - pick.length); index++) {
      const { family } = eligible[index].movement
      if (taken[family] === 1) continue
      pick.push(eligible[index])
      taken[family] = 1
      walk(index + 1, mask | eligible[index].movement.mask, pain + eligible[index].result.pain)
      taken[family] = 0
      pick.pop()
    }
  }
  walk(0, 0, 0)
  const chosen = new Set(best)
  for (const entry of best) taken[entry.movement.family] = 1
  const name = (entry) => (entry.result.variant === undefined ? entry.movement.id : `${entry.movement.id} (${entry.result.variant})`)
  return {
    selected: best.map((entry) => ({
      movement: entry.movement.id,
      ...(entry.result.variant === undefined ? {} : { variant: entry.result.variant }),
      pain: entry.result.pain,
      reps: { min: 5, max: 10 },
      sets: { min: 1, max: 2 },
      timesPerDay: 3,
      start: entry.movement.perSide ? { kind: 'reps', sets: 1, reps: 5, perSide: true } : { kind: 'reps', sets: 1, reps: 5 },
    })),
    excluded: entries
      .filter((entry) => !chosen.has(entry))
      .map((entry) => ({
        movement: entry.movement.id,
        pain: entry.result.pain,
        reason:
          entry.result.pain > ceiling
            ? { rule: 'pain-ceiling', message: `${name(entry)} hurt ${entry.result.pain}/10, above the ceiling of ${ceiling}/10.`, value: entry.result.pain, limit: ceiling }
            : taken[entry.movement.family] === 1
              ? { rule: 'same-movement', message: `${name(entry)} was within the ceiling, but the same movement is chosen.`, value: entry.result.pain, limit: 1 }
              : { rule: 'not-chosen', message: `${name(entry)} was within the ceiling, but the chosen set covers ${bestCoverage} areas at pain ${bestPain}.`, value: entry.result.pain, limit: size },
      })),
    painCeiling: ceiling,
    reasons: [
      { rule: 'pain-ceiling', message: `Movements that hurt more than ${ceiling}/10 are left out.`, value: ceiling, limit: 5 },
      { rule: 'selection-size', message: `${distinct} movements hurt ${ceiling}/10 or less; ${size} are chosen.`, value: size, limit: 5 },
      { rule: 'focus-coverage', message: `The chosen movements cover ${bestCoverage} focus areas.`, value: bestCoverage },
      { rule: 'total-pain', message: `Total pain ${bestPain}.`, value: bestPain },
      { rule: 'rehab-dose', message: 'Each chosen movement: 5-10 reps in 1-2 sets, 3 times a day.' },
    ],
  }
}

// --- (d) a generic rules engine deciding eligibility, with the same choice after it.
const rules = new Engine([{ conditions: { all: [{ fact: 'pain', operator: 'lessThanInclusive', value: 3 }] }, event: { type: 'eligible' } }])
const rulesSelect = async (results) => {
  const verdicts = await Promise.all(results.map((result) => rules.run({ pain: result.pain })))
  const eligibleResults = results.filter((_, index) => verdicts[index].events.length > 0)
  return handSelect(eligibleResults.concat(results.filter((_, index) => verdicts[index].events.length === 0)), 3)
}

// Same answers first, or the timings compare different work.
const parsed = parseAssessment({ assessment: example })
if (parsed._tag !== 'Right') throw new Error('the example does not parse')
const engineIds = selectRehabMovements({ intake, assessment: example }).right.selected.map((item) => item.movement + (item.variant ?? ''))
const handIds = handSelect(example.results, 3).selected.map((item) => item.movement + (item.variant ?? ''))
const rulesIds = (await rulesSelect(example.results)).selected.map((item) => item.movement + (item.variant ?? ''))
if (JSON.stringify(engineIds) !== JSON.stringify(handIds) || JSON.stringify(handIds) !== JSON.stringify(rulesIds)) {
  throw new Error(`the variants disagree: ${engineIds} / ${handIds} / ${rulesIds}`)
}

export const runSelectionBench = async () => {
  const stats = {
    a: await measure(() => handSelect(example.results, 3)),
    b: await measure(() => selectRehabMovements({ intake, assessment: parsed.right })),
    c: await measure(() => selectRehabMovements({ intake, assessment: JSON.parse(rawText) })),
    d: await measure(async () => rulesSelect(JSON.parse(rawText).results)),
    zod: await measure(() => AssessmentSchema.safeParse(JSON.parse(rawText))),
    parse: await measure(() => JSON.parse(rawText)),
  }
  const ops = (key) => 1e9 / stats[key].avg
  const rows = [
    ['(a) hand-written loop, parsed data', ops('a')],
    ['(b) selectRehabMovements, parsed assessment', ops('b')],
    ['(c) selectRehabMovements, raw JSON (JSON.parse + validation)', ops('c')],
    ['(d) json-rules-engine + the same choice, raw JSON', ops('d')],
    ['zod safeParse alone (with JSON.parse)', ops('zod')],
    ['JSON.parse alone', ops('parse')],
  ]
  const targets = [
    ['(b) / (a), at least 0.5', ops('b') / ops('a'), ops('b') / ops('a') >= 0.5],
    ['(c) / (d), at least 20', ops('c') / ops('d'), ops('c') / ops('d') >= 20],
    ['time (c) / time (zod + a), at most 1.5', stats.c.avg / (stats.zod.avg + stats.a.avg), stats.c.avg / (stats.zod.avg + stats.a.avg) <= 1.5],
    // Not a target: how far ahead of (d) the floor itself is, which bounds what (c) / (d) can reach.
    ['(a) / (d), the floor\'s own lead', ops('a') / ops('d'), undefined],
  ]
  return { rows, targets }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, targets } = await runSelectionBench()
  for (const [name, value] of rows) console.log(`${name.padEnd(62)} ${Math.round(value).toLocaleString('en-US').padStart(12)} ops/s`)
  for (const [name, value, met] of targets) {
    console.log(`${name.padEnd(62)} ${value.toFixed(2).padStart(12)}  ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`)
  }
}
