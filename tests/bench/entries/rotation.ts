/**
 * Built into out/main/bench-rotation.js (electron.vite.config.ts) and run by
 * tests/bench/rotation.bench.mjs: plans 60 people (6 teams of 10, teams kept apart,
 * everyone rotates) in trios over 6 rounds and prints the time and the repeat meetings.
 */
import { planRotation, type RotationPerson } from '@shared/domain/rotation'

const people: RotationPerson[] = Array.from({ length: 60 }, (_, i) => ({
  id: `p${String(i).padStart(2, '0')}`,
  team: `team-${i % 6}`,
  workplaceRole: i % 4 === 0 ? 'manager' : 'member',
}))
const input = { participants: people, rounds: 6, groupForm: 'trios' as const, managerRule: 'everyone' as const, keepTeamsApart: true }

const seeds = [1, 2, 3, 4, 5, 6, 7]
planRotation({ ...input, seed: 0 }) // warm-up (JIT)
const times: number[] = []
let worst = { repeats: -1, bound: 0 }
for (const seed of seeds) {
  const start = performance.now()
  const plan = planRotation({ ...input, seed })
  times.push(performance.now() - start)
  if (plan.stats.repeatMeetings > worst.repeats) worst = { repeats: plan.stats.repeatMeetings, bound: plan.stats.repeatLowerBound }
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)] ?? 0
// ratio = value / limit; when the lower bound is 0 a plan with 0 repeats meets it exactly (ratio 1)
const ratio = worst.repeats === worst.bound ? 1 : worst.bound === 0 ? Infinity : worst.repeats / worst.bound
console.log(`bench rotation value=${median.toFixed(1)}ms`)
console.log(`bench rotation-repeats value=${worst.repeats} limit=${worst.bound} ratio=${Number.isFinite(ratio) ? Number(ratio.toFixed(2)) : 'inf'}`)
