import { markdownText } from './markdownText.js'

/** A plain-text table with padded columns, for a terminal. */
export const textTable = (headers: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

/** The same table in Markdown, each cell's text escaped. */
export const markdownTable = (headers: readonly string[], rows: readonly (readonly string[])[]): string => {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const escaped = (cells: readonly string[]) => line(cells.map(markdownText))
  return [escaped(headers), line(headers.map(() => '---')), ...rows.map(escaped)].join('\n')
}
