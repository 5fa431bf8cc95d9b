import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { AdviceSchema, ReasonPatternsSchema, TermsSchema } from './catalogParts.js'
import { BUILT_IN_MOVEMENT_IDS, BUILT_IN_VARIANT_IDS, type BuiltInMovementId } from './builtInMovementIds.js'
import { simpleText } from './simpleText.js'

// Built once each: the marks let a bundler drop every schema of words from an app that writes no text.
const text = /* @__PURE__ */ simpleText()

/**
 * How a dose is written, piece by piece: `{$sets} x {$reps}`, then what
 * applies of the side, band, load and held-rep pieces, as `2 x 8 per side
 * with 4 kg` is. Numbers arrive written as the locale writes them.
 *
 * @example
 * import { DoseWordsSchema } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.equal(DoseWordsSchema.safeParse(de.doses).success, true)
 * // Every piece has words, and a piece writes only its own values.
 * assert.equal(DoseWordsSchema.safeParse({ ...de.doses, perSide: '' }).success, false)
 * assert.equal(DoseWordsSchema.safeParse({ ...de.doses, hold: '{$sets} x {$reps}' }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const DoseWordsSchema = /* @__PURE__ */ z.strictObject({
  /** `{$sets}` sets of `{$reps}`: `2 x 8`. */
  reps: /* @__PURE__ */ simpleText('sets', 'reps'),
  /** `{$sets}` holds of `{$seconds}` seconds: `2 x 30 s`. */
  hold: /* @__PURE__ */ simpleText('sets', 'seconds'),
  /** `{$sets}` walks of `{$meters}` metres: `1 x 10 m`. */
  distance: /* @__PURE__ */ simpleText('sets', 'meters'),
  /** Put after the reps when they are per side: ` per side`. */
  perSide: text,
  /** Put after the reps with a resistance band: ` with a band`. */
  band: text,
  /** Put after the reps with an added load of `{$loadKg}`: ` with 8 kg`. */
  load: /* @__PURE__ */ simpleText('loadKg'),
  /** Put after the reps when each is held `{$holdSeconds}` seconds: `, each held 1 s`. */
  eachHeld: /* @__PURE__ */ simpleText('holdSeconds'),
})

/**
 * The words of a program and its calendar, as `programToMarkdown` and
 * `programToIcs` write them: the title, the headings and columns, the
 * engine's session labels, the check-ins and the disclaimer.
 *
 * @example
 * import { PROGRAM_WORDS_EN, ProgramWordsSchema } from 'rehab-engine'
 *
 * assert.equal(ProgramWordsSchema.safeParse(PROGRAM_WORDS_EN).success, true)
 * // A text is written into Markdown as it is, so it may not hold markup.
 * assert.equal(ProgramWordsSchema.safeParse({ ...PROGRAM_WORDS_EN, calendarName: '<b>Rehab</b>' }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const ProgramWordsSchema = /* @__PURE__ */ z.strictObject({
  /** The sentence every program and calendar event carries: decision support, not medical advice. */
  disclaimer: text,
  /** The Markdown title: `Rehab program: {$start} to {$end} ({$timeZone})`. */
  title: /* @__PURE__ */ simpleText('start', 'end', 'timeZone'),
  /** A week's heading: `Week {$week}: {$from} to {$to}`. */
  week: /* @__PURE__ */ simpleText('week', 'from', 'to'),
  /** The columns of a week's table, and of the check-ins' table. */
  date: text,
  time: text,
  session: text,
  movements: text,
  kind: text,
  /** The check-ins' heading, and how each kind reads in its table. */
  checkIns: text,
  checkIn: text,
  reassessment: text,
  /** The engine's session labels, by the session's place in its day, and an evening session that is also a workout day's. */
  morning: text,
  midday: text,
  evening: text,
  withWorkout: /* @__PURE__ */ simpleText('label'),
  /** A session laid out at today's doses, not yet decided: `{$label} (planned)`, and the calendar's note on it. */
  planned: /* @__PURE__ */ simpleText('label'),
  plannedNote: text,
  /** The calendar's name, and the titles of its all-day check-in events. */
  calendarName: text,
  checkInTitle: text,
  reassessmentTitle: text,
})

const movementWords = (id: BuiltInMovementId) => {
  const variants: readonly string[] | undefined = (BUILT_IN_VARIANT_IDS as Partial<Record<string, readonly string[]>>)[id]
  return z.strictObject({
    name: text,
    description: text,
    ...(variants === undefined ? {} : { variants: z.strictObject(Object.fromEntries(variants.map((variant) => [variant, text]))) }),
  })
}

type VariantsOf<Id extends string> = Id extends keyof typeof BUILT_IN_VARIANT_IDS ? { variants: Record<(typeof BUILT_IN_VARIANT_IDS)[Id][number], string> } : unknown

/**
 * The name and description of every built-in movement, and the names of its
 * variants: TypeScript and the schema name any a catalog leaves out.
 *
 * @example
 * import { MovementWordsSchema } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.equal(MovementWordsSchema.safeParse(de.movements).success, true)
 * const { deadbug: _left, ...rest } = de.movements
 * assert.equal(MovementWordsSchema.safeParse(rest).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const MovementWordsSchema = /* @__PURE__ */ (() => z.strictObject(Object.fromEntries(BUILT_IN_MOVEMENT_IDS.map((id) => [id, movementWords(id)]))))() as unknown as z.ZodType<{
  [Id in BuiltInMovementId]: { name: string; description: string } & VariantsOf<Id>
}>

/** The parts of a catalog that the functions writing text read. */
export const textCatalogShape = {
  locale: /* @__PURE__ */ z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as de or pt-BR'),
  doses: DoseWordsSchema,
  program: ProgramWordsSchema,
  movements: MovementWordsSchema,
}

/**
 * The words the engine writes text with, in one language: a dose's pieces,
 * a program's and a calendar's words, and the built-in movements' names and
 * descriptions, each a MessageFormat 2 simple message. `locale` (a BCP 47
 * tag) says how numbers and weekdays are written. A catalog from
 * `rehab-engine/locales` holds these and the reasons; the functions that
 * write text take one as their `locale` option. Its `reasons`, `advice` and
 * `terms`, which only `rehab-engine/locales` reads, are checked here as
 * texts, and any other key is refused.
 *
 * @example
 * import { TextCatalogSchema } from 'rehab-engine'
 * import { de } from 'rehab-engine/locales'
 *
 * assert.equal(TextCatalogSchema.safeParse(de).success, true)
 * // A text may write only the values it is given.
 * assert.equal(TextCatalogSchema.safeParse({ ...de, doses: { ...de.doses, reps: '{$sets} x {$wiederholungen}' } }).success, false)
 *
 * @category Languages
 * @since 0.4.0
 */
export const TextCatalogSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...textCatalogShape,
    // The rest of a full catalog, which only rehab-engine/locales reads (and parses as MessageFormat 2): checked here
    // for its keys and texts, so that nothing handed in goes unread.
    reasons: ReasonPatternsSchema.optional(),
    advice: AdviceSchema.optional(),
    terms: TermsSchema.optional(),
  }))()

/** How a dose is written in one language. @category Languages @since 0.4.0 */
export type DoseWords = DeepReadonly<z.output<typeof DoseWordsSchema>>

/** The words of a program and its calendar in one language. @category Languages @since 0.4.0 */
export type ProgramWords = DeepReadonly<z.output<typeof ProgramWordsSchema>>

/** The built-in movements' names and descriptions in one language. @category Languages @since 0.4.0 */
export type MovementWords = DeepReadonly<z.output<typeof MovementWordsSchema>>

/** The words the engine writes text with, in one language. @category Languages @since 0.4.0 */
export interface TextCatalog {
  /** A BCP 47 language tag: how numbers and weekdays are written. */
  readonly locale: string
  readonly doses: DoseWords
  readonly program: ProgramWords
  readonly movements: MovementWords
}
