import { describe, expect, it } from 'vitest'
import { collectIssues } from '../../src/_lib/collectIssues.js'
import { left, right } from '../../src/_lib/either.js'
import type { InputIssue } from '../../src/_lib/issues.js'

const problem = (key: string): InputIssue => ({ code: 'required', path: [key], message: 'is required' })

describe('collectIssues', () => {
  it('gives every value in the order of the steps when none failed', () => {
    expect(collectIssues(right(1), right('two'), right([3]))).toEqual(right([1, 'two', [3]]))
    expect(collectIssues()).toEqual(right([]))
  })

  it('gives the issues of every failed step, in the order of the steps, and no value', () => {
    expect(collectIssues(left([problem('a'), problem('b')]), right(1), left([problem('c')]))).toEqual(
      left([problem('a'), problem('b'), problem('c')]),
    )
    expect(collectIssues(right(1), left([problem('only')]))).toEqual(left([problem('only')]))
  })
})
