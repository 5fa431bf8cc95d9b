import * as z from 'zod'
import { customIssue } from '../_lib/parseInput.js'
import { patternValues, readSimplePattern } from './simplePattern.js'

// Characters that would start markup in Markdown (HTML, an entity, a table cell, a link, code, emphasis) or end a line
// anywhere: the texts are written into Markdown and iCalendar as they are, so a catalog may not hold them.
const MARKUP = /[\u0000-\u001f\u007f-\u009f\u2028\u2029<>&|[\]`*_~]/u

// The longest shipped text, a movement's description, is under 200 characters; a long disclaimer may be ten times that.
const MAX_TEXT_LENGTH = 2_000

/**
 * A catalog's plain text: a MessageFormat 2 simple message (text with
 * `{$name}` placeholders) that writes only the values named, any of them
 * any number of times, or none. Its own words hold no character that is
 * markup in Markdown or a line break, so they are written as they are.
 */
export const simpleText = (...values: readonly string[]) =>
  z
    .string()
    .min(1)
    .max(MAX_TEXT_LENGTH)
    .superRefine((text, context) => {
      const pieces = readSimplePattern(text)
      if (pieces === undefined) {
        context.addIssue(customIssue('invalid_format', [], 'must be plain text with {$name} placeholders (write \\{, \\}, \\| and \\\\ for those characters; no . first)'))
        return
      }
      const markup = pieces.flatMap((piece) => ('text' in piece ? [piece.text] : [])).join('').match(MARKUP)
      if (markup !== null) context.addIssue(customIssue('invalid_format', [], `holds ${JSON.stringify(markup[0])}, which is markup in Markdown or a line break`))
      const unknown = patternValues(pieces).filter((name) => !values.includes(name))
      if (unknown.length > 0) {
        const known = values.length === 0 ? 'none' : values.map((name) => `{$${name}}`).join(', ')
        context.addIssue(customIssue('invalid_format', [], `writes {$${unknown[0]!}}, which is not one of its values (${known})`))
      }
    })
