import { decideDay, snapshotEpisode } from '../dist/index.js'
import { oneYear, nextDay } from './episode.mjs'
const day = (offset) => new Date(Date.parse(`2025-12-01T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
const episode = oneYear()
const through = day(364)
const snap = snapshotEpisode({ episode, through }).right
const text = JSON.stringify({ snapshot: snap, events: nextDay(365), today: day(365) })
const s = performance.now(); let n = 0
while (performance.now() - s < 3000) { decideDay(JSON.parse(text)); n++ }
console.log(((performance.now() - s) / n).toFixed(3), 'ms per decision', JSON.stringify(snap).length)
