// The charts, as SVG from Observable Plot. Dates are read and shown in UTC, so a chart is the same on every machine.
import * as Plot from '@observablehq/plot'
import type { AdherencePoint, PainPoint, RungPoint } from './series.js'

const WIDTH = 720
const atMidnight = (date: string) => new Date(`${date}T00:00:00Z`)
const atTime = (dateTime: string) => new Date(`${dateTime}:00Z`)
const empty = (text: string) => Object.assign(document.createElement('p'), { className: 'note', textContent: text })

/** Morning back pain and each day's worst pain during a session, on the 0-10 scale. */
export const painChart = (points: readonly PainPoint[]): Element => {
  if (points.length === 0) return empty('No morning or session logged yet.')
  const x = (point: PainPoint) => atMidnight(point.date)
  return Plot.plot({
    width: WIDTH,
    height: 260,
    x: { type: 'utc', label: 'Date' },
    y: { domain: [0, 10], label: 'Pain (0-10)', grid: true },
    color: { legend: true },
    marks: [
      Plot.lineY(points, { x, y: 'pain', z: 'series', stroke: 'series' }),
      Plot.dot(points, { x, y: 'pain', fill: 'series', r: 3, title: (point: PainPoint) => `${point.date}: ${point.series} ${point.pain}/10` }),
    ],
  })
}

/** The share of the week's prescribed sessions done, as each day's plan reported it. */
export const adherenceChart = (points: readonly AdherencePoint[]): Element => {
  if (points.length === 0) return empty('No session prescribed yet.')
  const x = (point: AdherencePoint) => atMidnight(point.date)
  return Plot.plot({
    width: WIDTH,
    height: 180,
    x: { type: 'utc', label: 'Date' },
    y: { domain: [0, 100], label: 'Adherence over the week before (%)', grid: true },
    marks: [
      Plot.areaY(points, { x, y: (point: AdherencePoint) => point.share * 100, fillOpacity: 0.15 }),
      Plot.lineY(points, { x, y: (point: AdherencePoint) => point.share * 100 }),
      Plot.dot(points, { x, y: (point: AdherencePoint) => point.share * 100, r: 2, title: (point: AdherencePoint) => `${point.date}: ${Math.round(point.share * 100)}%` }),
    ],
  })
}

/** Each movement's rung over the days, one line per movement; `timed` when the points carry a time of day. */
export const ladderChart = (points: readonly RungPoint[], timed = false): Element => {
  if (points.length === 0) return empty('No dose decided yet.')
  const x = (point: RungPoint) => (timed ? atTime(point.date) : atMidnight(point.date))
  return Plot.plot({
    width: WIDTH,
    height: 300,
    x: { type: 'utc', label: 'Date' },
    y: { label: 'Rung of its ladder', grid: true, tickFormat: 'd' },
    color: { legend: true },
    marks: [
      Plot.line(points, { x, y: 'rung', z: 'movement', stroke: 'movement', curve: 'step-after' }),
      Plot.dot(points, { x, y: 'rung', fill: 'movement', r: 2, title: (point: RungPoint) => `${point.date}: ${point.movement}, rung ${point.rung}` }),
    ],
  })
}
