import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { throwingPath } from '../../src/_lib/throwingPath.js'

const throwsOnRead = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap')
      },
    },
  )

const schema = z.strictObject({ name: z.string(), inner: z.strictObject({ list: z.array(z.strictObject({ n: z.number() })).optional() }) })

describe('throwingPath', () => {
  it('follows the schema to the first value whose read throws', () => {
    expect(throwingPath(schema, { name: 'a', inner: throwsOnRead() })).toEqual(['inner'])
    expect(throwingPath(schema, { name: 'a', inner: { list: [{ n: 1 }, throwsOnRead()] } })).toEqual(['inner', 'list', 1])
    const getter = Object.defineProperty({}, 'n', {
      enumerable: true,
      get: () => {
        throw new Error('n')
      },
    })
    expect(throwingPath(schema, { name: 'a', inner: { list: [getter] } })).toEqual(['inner', 'list', 0, 'n'])
  })

  it('finds nothing when every read answers, and the root when the input itself throws', () => {
    expect(throwingPath(schema, { name: 'a', inner: { list: [{ n: 1 }] } })).toEqual([])
    expect(throwingPath(schema, 'not an object')).toEqual([])
    expect(throwingPath(schema, throwsOnRead())).toEqual([])
  })
})
