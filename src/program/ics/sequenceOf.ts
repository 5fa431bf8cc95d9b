/*
 * SEQUENCE (RFC 5545 section 3.8.7.4) tells a calendar app which of two
 * copies of an event is newer: it keeps the one with the higher number. The
 * engine has no memory of earlier exports, so the number comes from the
 * export's stamp, which a caller moves forward with each export: whole
 * minutes from 2020-01-01T00:00Z to the stamp. A stamp before that epoch
 * gives 0, as SEQUENCE is never negative, and the count stops at the largest
 * INTEGER iCalendar allows (2^31 - 1, reached in the year 6103).
 */
import type { Instant } from './formatDateTime.js'

/** The largest value of iCalendar's INTEGER type (RFC 5545 section 3.3.8). */
export const MAX_SEQUENCE = 2_147_483_647

/** 2020-01-01T00:00Z, in minutes from 1970: the stamp at which the derived SEQUENCE is 0. */
const SEQUENCE_EPOCH_MINUTES = 18_262 * 1_440 // 18,262 days from 1970-01-01 to 2020-01-01

/** The SEQUENCE of every event of an export stamped at `stamp`. */
export const sequenceOf = (stamp: Instant): number => Math.min(MAX_SEQUENCE, Math.max(0, stamp.minutes - SEQUENCE_EPOCH_MINUTES))
