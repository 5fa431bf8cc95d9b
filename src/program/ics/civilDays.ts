/*
 * Days counted on the proleptic Gregorian calendar with integers alone, after
 * Howard Hinnant's `days_from_civil` and `civil_from_days`. A JavaScript Date
 * would do for most years, but `Date.UTC` reads the years 0-99 as 1900-1999,
 * and its local-time methods bring in the machine's zone; plain arithmetic on
 * the fields has neither trap and works the same for every year 0000-9999.
 */

/** Days in one 400-year era of the Gregorian calendar. */
const ERA_DAYS = 146_097
/** Days from 0000-03-01, where the count below starts, to 1970-01-01. */
const UNIX_EPOCH_OFFSET = 719_468

/** A calendar date's fields. */
export interface CivilDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** Days from 1970-01-01 to the date, negative before it. The count starts each year on 1 March, so a leap day is the year's last. */
export const daysFromCivil = ({ year, month, day }: CivilDate): number => {
  const marchYear = month <= 2 ? year - 1 : year
  const era = Math.floor(marchYear / 400)
  const yearOfEra = marchYear - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * ERA_DAYS + dayOfEra - UNIX_EPOCH_OFFSET
}

/** The date `days` after 1970-01-01 (before it when negative): the inverse of daysFromCivil. */
export const civilFromDays = (days: number): CivilDate => {
  const shifted = days + UNIX_EPOCH_OFFSET
  const era = Math.floor(shifted / ERA_DAYS)
  const dayOfEra = shifted - era * ERA_DAYS
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 }
}
