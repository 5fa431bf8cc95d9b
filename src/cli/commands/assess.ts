import { evaluateCeiling, nextDose, planRehab, screenIntake, selectRehabMovements, type EvaluateCeilingInput, type NextDoseInput, type RehabPlan } from '../../index.js'
import { answer, ceilingOption, withFlagOptions, EXAMPLE_FILE, fileCommand, formatOption, painCeilingOption, resolveFormat, withInput, type CliContext, type Format } from '../context.js'
import { decisionBlocks, screeningBlocks, selectionBlocks, verdictBlocks } from '../render.js'

type Options = { format?: Format; painCeiling?: number }

/** screen, select, plan, ceiling and progress: one engine call each, on one input file. */
export const addAssessCommands = (context: CliContext): void => {
  const { io } = context
  fileCommand(context, 'screen', 'screen an intake for red flags and STarT Back risk', 'rehab-engine screen intake.yaml')
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => {
        const result = screenIntake(value as never)
        // A referral is a result of screening, but scripts should see it as one: exit 3, advice on stderr.
        const asFailure = result._tag === 'Right' && result.right._tag === 'Referral' ? { _tag: 'Left' as const, left: result.right } : result
        return answer(io, source, asFailure, resolveFormat(io, options.format), screeningBlocks)
      }),
    )

  fileCommand(context, 'select', 'screen, then choose 4-5 rehab movements: { intake, assessment } to a selection', `rehab-engine select ${EXAMPLE_FILE} --pain-ceiling 3`)
    .addOption(formatOption(['table', 'json', 'md']))
    .addOption(painCeilingOption())
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) =>
        answer(io, source, selectRehabMovements(withFlagOptions(value, ceilingOption(options.painCeiling)) as never), resolveFormat(io, options.format), selectionBlocks),
      ),
    )

  fileCommand(context, 'plan', 'screen, then select: { intake, assessment } to a rehab plan', `rehab-engine plan ${EXAMPLE_FILE}`)
    .addOption(formatOption(['table', 'json', 'md']))
    .addOption(painCeilingOption())
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => {
        const plan = planRehab(withFlagOptions(value, ceilingOption(options.painCeiling)) as never)
        return answer(io, source, plan, resolveFormat(io, options.format), (found: RehabPlan) => [...screeningBlocks(found.screening), ...selectionBlocks(found.selection)])
      }),
    )

  fileCommand(context, 'ceiling', 'judge the last 7 days of session logs and morning checks', 'rehab-engine ceiling logs.json')
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => answer(io, source, evaluateCeiling(value as EvaluateCeilingInput), resolveFormat(io, options.format), verdictBlocks)),
    )

  fileCommand(context, 'progress', 'the next dose of one movement along its ladder', 'rehab-engine progress deadbug-history.yaml')
    .addOption(formatOption(['table', 'json', 'md']))
    .action((file: string | undefined, options: Options) =>
      withInput(context, file, (value, source) => answer(io, source, nextDose(value as NextDoseInput), resolveFormat(io, options.format), decisionBlocks)),
    )
}
