import type { Either } from 'fp-ts/lib/Either.js'
import { describe, expectTypeOf, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  NO_RED_FLAGS,
  buildProgram,
  classifySoreness,
  describeDose,
  evaluateCeiling,
  findMovement,
  ladderOf,
  nextDose,
  parseAssessment,
  parseCatalog,
  planRehab,
  programToMarkdown,
  screenIntake,
  selectRehabMovements,
  simulateProgression,
  type BuildProgramInput,
  type CatalogInput,
  type CeilingVerdict,
  type DoseDecision,
  type DescribeDoseInput,
  type DoseInput,
  type EvaluateCeilingInput,
  type EvaluateCeiling,
  type EpisodeCeilingInput,
  type EpisodeDoseInput,
  type NextDose,
  type DayItem,
  type EpisodeReferral,
  type FindMovementInput,
  type IntakeInput,
  type InvalidInput,
  type Ladder,
  type Movement,
  type NextDoseInput,
  type ParsedAssessment,
  type ParsedCatalog,
  type Paused,
  type PlanRehabInput,
  type Program,
  type ProgramToMarkdownInput,
  type Reason,
  type Referral,
  type RehabPlan,
  type RehabSelection,
  type RuleId,
  type Screening,
  type SelectRehabMovementsInput,
  type SimulateProgressionInput,
  type Simulation,
  type SorenessReportInput,
  type SorenessVerdict,
} from '../../src/index.js'
import { programToIcs, type IcsOptions, type ProgramToIcsInput } from '../../src/ics.js'

/*
 * The public API's types, checked by the compiler (these tests do nothing at
 * run time: `npm run typecheck` is what fails on a wrong type). Each function
 * takes one input and answers an Either whose Left names every way it can end
 * without producing what its name promises.
 */
describe('the types of the public functions', () => {
  it('take one input each and answer an Either', () => {
    expectTypeOf(describeDose).toEqualTypeOf<(input: DescribeDoseInput | DoseInput) => Either<InvalidInput, string>>()
    expectTypeOf(parseCatalog).toEqualTypeOf<(catalog: CatalogInput) => Either<InvalidInput, ParsedCatalog>>()
    expectTypeOf(findMovement).toEqualTypeOf<(input: FindMovementInput) => Either<InvalidInput, Movement>>()
    expectTypeOf(ladderOf).toEqualTypeOf<(input: FindMovementInput) => Either<InvalidInput, Ladder>>()
    expectTypeOf(screenIntake).toEqualTypeOf<(intake: IntakeInput) => Either<InvalidInput, Screening>>()
    expectTypeOf(classifySoreness).toEqualTypeOf<(report: SorenessReportInput) => Either<InvalidInput, SorenessVerdict>>()
    expectTypeOf(evaluateCeiling).toEqualTypeOf<EvaluateCeiling>()
    // Each form's answer (called on nothing, each is refused at run time): only the episode's holds a referral.
    expectTypeOf(evaluateCeiling({} as EvaluateCeilingInput)).toEqualTypeOf<Either<InvalidInput, CeilingVerdict>>()
    expectTypeOf(evaluateCeiling({} as EpisodeCeilingInput)).toEqualTypeOf<Either<InvalidInput | EpisodeReferral, CeilingVerdict>>()
    expectTypeOf(parseAssessment).toEqualTypeOf<(input: Omit<SelectRehabMovementsInput, 'intake'>) => Either<InvalidInput, ParsedAssessment>>()
    expectTypeOf(buildProgram).toEqualTypeOf<(input: BuildProgramInput) => Either<InvalidInput, Program>>()
    expectTypeOf(programToMarkdown).toEqualTypeOf<(input: ProgramToMarkdownInput) => Either<InvalidInput, string>>()
    expectTypeOf(programToIcs).toEqualTypeOf<(input: ProgramToIcsInput) => Either<InvalidInput, string>>()
  })

  it('put every "do not prescribe" of a prescriber in Left, in the Referral and Paused shapes', () => {
    expectTypeOf(selectRehabMovements).toEqualTypeOf<(input: SelectRehabMovementsInput) => Either<InvalidInput | Referral, RehabSelection>>()
    expectTypeOf(planRehab).toEqualTypeOf<(input: PlanRehabInput) => Either<InvalidInput | Referral, RehabPlan>>()
    expectTypeOf(nextDose).toEqualTypeOf<NextDose>()
    // Each form's answer (called on nothing, each is refused at run time): an episode's movement comes as its day's item.
    expectTypeOf(nextDose({} as NextDoseInput)).toEqualTypeOf<Either<InvalidInput | Referral | Paused, DoseDecision>>()
    expectTypeOf(nextDose({} as EpisodeDoseInput)).toEqualTypeOf<Either<InvalidInput | EpisodeReferral | Referral, DayItem>>()
    expectTypeOf(simulateProgression).toEqualTypeOf<(input: SimulateProgressionInput) => Either<InvalidInput | Referral, Simulation>>()
  })

  it('give a dose in every decision and none in a stop', () => {
    expectTypeOf<DoseDecision['dose']>().toEqualTypeOf<DoseInput>()
    expectTypeOf<Referral>().not.toHaveProperty('dose')
    expectTypeOf<Paused>().not.toHaveProperty('dose')
  })

  it('type reasons by rule id, so a switch over them can be exhaustive', () => {
    expectTypeOf<Reason['rule']>().toEqualTypeOf<RuleId>()
    expectTypeOf<'red-flag'>().toExtend<RuleId>()
    expectTypeOf<'made-up'>().not.toExtend<RuleId>()
  })
})

describe('outputs passed back in, under exactOptionalPropertyTypes', () => {
  it('accepts a plan, a program, a parsed catalog and a parsed assessment where an input is expected', () => {
    expectTypeOf<RehabPlan>().toExtend<BuildProgramInput['plan']>()
    expectTypeOf<Program>().toExtend<ProgramToMarkdownInput['program']>()
    expectTypeOf<Program>().toExtend<ProgramToIcsInput['program']>()
    // The program exported last time goes back in as `previous`.
    expectTypeOf<Program>().toExtend<NonNullable<IcsOptions['previous']>>()
    expectTypeOf<ParsedCatalog>().toExtend<NonNullable<NonNullable<NextDoseInput['options']>['catalog']>>()
    expectTypeOf(BUILT_IN_CATALOG).toExtend<CatalogInput>()
    expectTypeOf<ParsedAssessment>().toExtend<SelectRehabMovementsInput['assessment']>()
    expectTypeOf<DoseDecision['dose']>().toExtend<DoseInput>()
    expectTypeOf<Simulation['summary']['lastDose']>().toExtend<DoseInput | undefined>()
  })

  it('asks for the calendar options and their id prefix', () => {
    expectTypeOf<ProgramToIcsInput['options']>().toEqualTypeOf<IcsOptions>()
    expectTypeOf<IcsOptions['idPrefix']>().toEqualTypeOf<string>()
    expectTypeOf<{ program: Program }>().not.toExtend<ProgramToIcsInput>()
  })

  it('takes read-only data, as an app holds it', () => {
    const results = [{ movement: 'hip-bridge', pain: 1 }] as const
    const redFlags = { ...NO_RED_FLAGS } as const
    expectTypeOf({ intake: { age: 38, redFlags }, assessment: { date: '2026-11-02', results } }).toExtend<SelectRehabMovementsInput>()
  })
})
