import { describe, expect, it } from 'vitest'
import { LocalTimeSchema } from '../../src/index.js'
import { minutesOf } from '../../src/shared/localTime.js'

describe('LocalTimeSchema', () => {
  it('takes HH:mm on the 24-hour clock from 00:00 to 23:59', () => {
    for (const time of ['00:00', '08:00', '09:05', '10:59', '19:59', '20:00', '23:59', '09:30']) expect(LocalTimeSchema.safeParse(time).success).toBe(true)
  })

  it('refuses any other writing, with a message showing the form', () => {
    for (const time of ['24:00', '23:60', '30:00', '09:60', '7:00', '07:0', '0900', ' 08:00', '08:00 ', 'x09:00', '08.00', '08:00:00', 'ab:cd', '1a:00', '10:0a', '', '-1:00']) {
      const result = LocalTimeSchema.safeParse(time)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('must be a time written HH:mm, 00:00 to 23:59')
    }
  })
})

describe('minutesOf', () => {
  it('counts the minutes since midnight', () => {
    expect(minutesOf('00:00')).toBe(0)
    expect(minutesOf('00:59')).toBe(59)
    expect(minutesOf('08:30')).toBe(510)
    expect(minutesOf('23:59')).toBe(1_439)
  })
})
