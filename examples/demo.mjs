// Prints the rehab plan for examples/assessment.json as a table a person can read.
// Run with `npm run demo`, which builds the package first; the import below is the package's own name.
import { readFileSync } from 'node:fs'
import { DISCLAIMER, findMovement, planRehab } from 'rehab-engine'

const inputPath = new URL('./assessment.json', import.meta.url)
const input = JSON.parse(readFileSync(inputPath, 'utf8'))

const nameOf = (movement, variant) => {
  const found = findMovement(movement)
  const name = found._tag === 'Some' ? found.value.name : movement
  const variantName = found._tag === 'Some' ? found.value.variants.find((entry) => entry.id === variant)?.name : undefined
  return variant === undefined ? name : `${name}: ${variantName ?? variant}`
}

const table = (headers, rows) => {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)))
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

const doseText = (dose) => `${dose.sets} x ${dose.reps}${dose.perSide ? ' per side' : ''}`

console.log('rehab-engine: the plan for examples/assessment.json\n')
const result = planRehab(input)

if (result._tag === 'Left') {
  const error = result.left
  switch (error._tag) {
    case 'Referral':
      console.log(`No plan: refer (${error.urgency}).\n${error.advice}`)
      for (const reason of error.reasons) console.log(`- ${reason.message}`)
      break
    case 'NotEnoughTolerableMovements':
      console.log(`No plan: only ${error.eligible.length} movements hurt ${error.painCeiling}/10 or less.\n${error.advice}`)
      break
    case 'InvalidInput':
      for (const issue of error.issues) console.log(`${issue.path || '(input)'}: ${issue.message}`)
      break
  }
  console.log(`\n${DISCLAIMER}`)
  process.exitCode = 1
} else {
  const { screening, selection } = result.right
  console.log(`Screening: no red flags; STarT Back risk ${screening.risk}.`)
  console.log(`Assessed ${input.assessment.date}; pain ceiling ${selection.painCeiling}/10.\n`)
  console.log('Chosen movements')
  console.log(
    table(
      ['Movement', 'Pain', 'Start at', 'Work up to', 'How often'],
      selection.selected.map((item) => [
        nameOf(item.movement, item.variant),
        `${item.pain}/10`,
        doseText(item.start),
        `${item.reps.min}-${item.reps.max} reps, ${item.sets.min}-${item.sets.max} sets`,
        `${item.timesPerDay} times a day`,
      ]),
    ),
  )
  console.log('\nLeft out')
  console.log(
    table(
      ['Movement', 'Pain', 'Why'],
      selection.excluded.map((item) => [
        nameOf(item.movement, item.variant),
        `${item.pain}/10`,
        item.reason.rule === 'pain-ceiling' ? `above the ceiling of ${item.reason.limit}/10` : 'within the ceiling, but the chosen set covers as much with less pain',
      ]),
    ),
  )
  console.log('\nWhy this plan')
  for (const reason of [...screening.reasons, ...selection.reasons]) console.log(`- ${reason.message}`)
  console.log(`\n${DISCLAIMER}`)
}
