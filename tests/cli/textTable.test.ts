import { describe, expect, it } from 'vitest'
import { markdownTable, textTable } from '../../src/cli/textTable.js'

describe('textTable', () => {
  it('pads every column to its widest cell, two spaces apart, with a rule under the headers', () => {
    expect(textTable(['Movement', 'Pain'], [['Hip bridge', '0/10'], ['Bird dog', '10/10']])).toBe(
      ['Movement    Pain', '----------  -----', 'Hip bridge  0/10', 'Bird dog    10/10'].join('\n'),
    )
  })

  it('widens a column to its header, leaves no trailing spaces, and reads a missing cell as empty', () => {
    expect(textTable(['Date', 'Kind', 'Note'], [['2026-11-16', 'check-in'], ['x', 'y', '']])).toBe(
      ['Date        Kind      Note', '----------  --------  ----', '2026-11-16  check-in', 'x           y'].join('\n'),
    )
  })

  it('gives the headers and the rule alone for no rows', () => {
    expect(textTable(['Id', 'Name'], [])).toBe('Id  Name\n--  ----')
  })
})

describe('markdownTable', () => {
  it('writes a header row, a separator and a row per entry, escaping pipes in cells', () => {
    expect(markdownTable(['Movement', 'Why'], [['Hip bridge', 'a | b'], ['Bird dog', '']])).toBe(
      ['| Movement | Why |', '| --- | --- |', '| Hip bridge | a \\| b |', '| Bird dog |  |'].join('\n'),
    )
  })

  it('escapes every pipe of a header too', () => {
    expect(markdownTable(['a|b|c'], [])).toBe('| a\\|b\\|c |\n| --- |')
  })
})
