import { writeFile } from 'node:fs/promises'
import { BUILT_IN_CATALOG, RED_FLAGS } from '../../index.js'
import type { CliContext } from '../context.js'
import { EXIT } from '../exitCodes.js'

// The example day of the template: a Monday. The engine keeps no clock, so the coach writes the real dates in.
const FIRST_DAY = '2026-01-05'

/**
 * A commented YAML template of an episode of care, built from the engine's
 * own tables (every red-flag question, every assessment movement), so it
 * stays in step with them. It is a valid episode as it stands: a first
 * assessment and nothing logged yet.
 */
export const episodeTemplate = (): string => {
  const flags = RED_FLAGS.map((flag) => `    ${flag.id}: false # ${flag.description}`)
  const movements = BUILT_IN_CATALOG.filter((movement) => movement.roles.includes('assessment'))
  const results = movements.map((movement) => `#       - { movement: ${movement.id}, pain: 0 } # ${movement.name}`)
  return [
    '# An episode of care for one person: the intake, then every event in any order.',
    '# rehab-engine is decision support, not medical advice.',
    '# Replace the dates and numbers below, then: rehab-engine today <this file> --today YYYY-MM-DD',
    'intake:',
    '  age: 40',
    '  # Every red-flag question is answered true or false: an unanswered one is never taken as "no".',
    '  redFlags:',
    ...flags,
    '  # Optional: when this back pain began, and whether it is the first of its kind (age is a sign only for a first episode).',
    `  painStarted: '${FIRST_DAY}'`,
    '  firstEpisode: false',
    '  # The usual back pain now, 0-10: the baseline that outcomes and the morning checks are read against.',
    '  backPain: 3',
    'events:',
    '  # The first assessment: the pain (0-10) of each movement tried. Those at 3 or less can be chosen.',
    '  # The movements it can score:',
    ...results,
    '  - type: assessment',
    `    date: '${FIRST_DAY}'`,
    '    results:',
    '      - { movement: hip-mobility, pain: 1 }',
    '      - { movement: cat-camel, pain: 1 }',
    '      - { movement: hip-bridge, pain: 2 }',
    '      - { movement: bird-dog, pain: 1 }',
    '  # Then log as the days go, for example:',
    `  # - { type: session, date: '${FIRST_DAY}', time: '08:00', movement: hip-bridge, performed: { kind: reps, sets: 1, reps: 5 }, completed: true, painDuring: 1 }`,
    "  # - { type: morning, date: '2026-01-06', backPain: 3 }",
    '',
  ].join('\n')
}

/** init: writes the template to a new file, or to standard output; an existing file is never replaced. */
export const addInitCommand = (context: CliContext): void => {
  context.program
    .command('init')
    .description('write a commented template of an episode of care, to a new file or to standard output')
    .argument('[file]', 'the file to create; it must not exist yet')
    .addHelpText('after', '\nExample:\n  rehab-engine init client.yaml\n')
    .action(async (file: string | undefined) => {
      if (file === undefined || file === '-') {
        context.io.out(episodeTemplate())
        context.exit.code = EXIT.done
        return
      }
      try {
        // 'wx' fails when the file exists, in the same step as creating it.
        await writeFile(file, episodeTemplate(), { flag: 'wx' })
        context.io.err(`${file}: written; fill in the intake and the assessment, then run rehab-engine today ${file} --today YYYY-MM-DD\n`)
        context.exit.code = EXIT.done
      } catch (error) {
        const exists = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST'
        context.io.err(exists ? `${file}: already exists, and is left as it is\n` : `${file}: cannot be written (${error instanceof Error ? error.message : String(error)})\n`)
        context.exit.code = EXIT.invalidInput
      }
    })
}
