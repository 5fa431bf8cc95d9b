/*
 * Event ids (UID, RFC 5545 section 3.8.4.7) a calendar app can match on a
 * second import. An id names what the event is, never how it is laid out:
 * the id prefix (a person's id), the date, and which session of that date it
 * is, so moving the morning session from 08:00 to 07:00 updates the event in
 * place. The parts are joined by `~`, which a prefix cannot hold (it is made
 * of letters, digits, dots, dashes and underscores): the prefix always ends
 * at the first `~`, so two prefixes never share an id, and whatever follows
 * it tells a session from a check-in.
 */
import type { CheckIn } from '../program.js'
import { readInstant } from './formatDateTime.js'

const DOMAIN = '@rehab-engine'

/** The id of the session in `slot` (1 for the day's first) on `date`. */
export const sessionUid = (prefix: string, date: string, slot: number): string => `${prefix}~${date}~session-${slot}${DOMAIN}`

/** The id of a check-in or reassessment: one of each kind fits on a date. */
export const checkInUid = (prefix: string, { date, kind }: CheckIn): string => `${prefix}~${date}~${kind}${DOMAIN}`

/** Seconds from 1970 of a start, to order the sessions of a date; a start that does not read sorts first. */
const secondsOf = (start: string): number => {
  const instant = readInstant(start)
  return instant === undefined ? Number.NEGATIVE_INFINITY : instant.minutes * 60 + instant.seconds
}

/**
 * Each session's slot, in the order given: its place among the sessions of
 * its date, 1 for the earliest. Sessions are ranked by their start instant,
 * and two at the same instant by their order in the list, so the slots do
 * not depend on how an app happened to sort a program, only on its times.
 */
export const sessionSlots = (sessions: readonly { readonly date: string; readonly start: string }[]): number[] => {
  const byDate = new Map<string, number[]>()
  sessions.forEach((session, index) => {
    const indexes = byDate.get(session.date)
    if (indexes === undefined) byDate.set(session.date, [index])
    else indexes.push(index)
  })
  const slots: number[] = new Array<number>(sessions.length).fill(0)
  for (const indexes of byDate.values()) {
    const keyed = indexes.map((index) => ({ index, seconds: secondsOf(sessions[index]!.start) }))
    keyed.sort((a, b) => a.seconds - b.seconds || a.index - b.index)
    keyed.forEach(({ index }, place) => {
      slots[index] = place + 1
    })
  }
  return slots
}
