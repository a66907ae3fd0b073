/**
 * The run sheet (進行表) of a study day: an ordered list of timed blocks, the times they start
 * at, and while the day runs, the current block, its time left and how far ahead or behind the
 * day is. Pure: the clock is passed in (epoch ms) so the facilitator screen, the print and the
 * tests agree, and Playwright's clock can drive it.
 */

export const BLOCK_KINDS = ['module', 'selfCheck', 'rolePlay', 'quiz', 'pulse', 'break', 'free'] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

export const MIN_BLOCK_MINUTES = 1
export const MAX_BLOCK_MINUTES = 480
export const MAX_BLOCKS = 60
/** minutes after midnight, local time of the venue */
export const DEFAULT_START_MINUTES = 9 * 60

export interface RunSheetBlock {
  id: string
  kind: BlockKind
  minutes: number
  /** the trainer's own words: a free block's text, or a title that replaces the kind's name */
  label: string
  /**
   * What the block opens: a teaching module's id (module), 'before' / 'after' (selfCheck, pulse),
   * the number of role-play rounds (rolePlay, as text); null for the rest.
   */
  ref: string | null
}

export interface ScheduledBlock extends RunSheetBlock {
  /** minutes after the day's start */
  offset: number
  /** minutes after midnight */
  startsAt: number
  endsAt: number
}

/** Start times follow from the order and the lengths: change one length and every later block moves. */
export function schedule(blocks: readonly RunSheetBlock[], startMinutes: number): ScheduledBlock[] {
  let offset = 0
  return blocks.map((b) => {
    const s = { ...b, offset, startsAt: startMinutes + offset, endsAt: startMinutes + offset + b.minutes }
    offset += b.minutes
    return s
  })
}

export const totalMinutes = (blocks: readonly RunSheetBlock[]): number => blocks.reduce((n, b) => n + b.minutes, 0)

/** "13:05" for minutes after midnight (a day that runs past midnight keeps counting: "24:10") */
export function clockTime(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** Where the day is: which block runs since when, and when the first one started. */
export interface RunSheetProgress {
  currentBlockId: string | null
  /** epoch ms */
  blockStartedAt: number | null
  dayStartedAt: number | null
  /** the day was closed (the last block finished) at this time */
  finishedAt: number | null
}

export const idleProgress = (): RunSheetProgress => ({ currentBlockId: null, blockStartedAt: null, dayStartedAt: null, finishedAt: null })

/** Starting a block: the first one started also starts the day. */
export function startBlock(progress: RunSheetProgress, blockId: string, nowMs: number): RunSheetProgress {
  return { currentBlockId: blockId, blockStartedAt: nowMs, dayStartedAt: progress.dayStartedAt ?? nowMs, finishedAt: null }
}

export function finishDay(progress: RunSheetProgress, nowMs: number): RunSheetProgress {
  return { ...progress, currentBlockId: null, blockStartedAt: null, finishedAt: progress.dayStartedAt === null ? null : nowMs }
}

/** within this many minutes behind, the day is on time (green); beyond RED_AFTER it is red */
export const AMBER_AFTER_MINUTES = 2
export const RED_AFTER_MINUTES = 10
export type DayStatus = 'onTime' | 'slightlyBehind' | 'behind'

export interface DayView {
  current: ScheduledBlock | null
  next: ScheduledBlock | null
  /** ms left in the current block by its planned length; negative once it runs over */
  leftMs: number
  /** the planned length of the current block, ms */
  plannedMs: number
  /**
   * How far the day is behind its plan, whole minutes (negative: ahead): when the current block
   * will end (at its planned length, or now if it already ran over) against when it should end
   * counted from the day's actual start.
   */
  driftMinutes: number
  status: DayStatus
  /** when the day will end at this pace, minutes after midnight of the planned clock */
  projectedEnd: number
}

const MINUTE = 60_000

export function dayStatus(driftMinutes: number): DayStatus {
  if (driftMinutes > RED_AFTER_MINUTES) return 'behind'
  if (driftMinutes > AMBER_AFTER_MINUTES) return 'slightlyBehind'
  return 'onTime'
}

/** The day at `nowMs`; null before the first block started or after it finished. */
export function dayView(blocks: readonly RunSheetBlock[], startMinutes: number, progress: RunSheetProgress, nowMs: number): DayView | null {
  const planned = schedule(blocks, startMinutes)
  const index = planned.findIndex((b) => b.id === progress.currentBlockId)
  const current = planned[index]
  if (!current || progress.blockStartedAt === null || progress.dayStartedAt === null) return null
  const plannedMs = current.minutes * MINUTE
  const elapsed = Math.max(0, nowMs - progress.blockStartedAt)
  const plannedEnd = progress.dayStartedAt + (current.offset + current.minutes) * MINUTE
  const projectedBlockEnd = progress.blockStartedAt + Math.max(plannedMs, elapsed)
  const driftMinutes = Math.round((projectedBlockEnd - plannedEnd) / MINUTE)
  return {
    current,
    next: planned[index + 1] ?? null,
    leftMs: plannedMs - elapsed,
    plannedMs,
    driftMinutes,
    status: dayStatus(driftMinutes),
    projectedEnd: startMinutes + totalMinutes(blocks) + driftMinutes,
  }
}

/** What a template needs to know of the workshop: the role-play plan's rounds and a round's length. */
export interface TemplateInput {
  rounds: number
  /** minutes of one role-play round (prep + 1on1 + feedback + debrief, from the workshop) */
  roundMinutes: number
}

export const TEMPLATE_IDS = ['halfDay', 'fullDay'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

type TemplateBlock = Omit<RunSheetBlock, 'id'>
const mod = (ref: string, minutes: number): TemplateBlock => ({ kind: 'module', minutes, label: '', ref })
const plain = (kind: BlockKind, minutes: number, ref: string | null = null): TemplateBlock => ({ kind, minutes, label: '', ref })

/**
 * The two starting points a trainer picks from. Module ids are those of the built-in teaching deck;
 * the role-play block takes the plan's rounds (at least one) at the workshop's round length.
 */
export function templateBlocks(template: TemplateId, input: TemplateInput): TemplateBlock[] {
  const rounds = Math.max(1, input.rounds)
  const roleplay = (n: number): TemplateBlock => plain('rolePlay', Math.min(MAX_BLOCK_MINUTES, Math.max(5, n * input.roundMinutes)), String(n))
  if (template === 'halfDay')
    return [
      plain('pulse', 5, 'before'),
      plain('selfCheck', 10, 'before'),
      mod('why-1on1', 15),
      mod('vs-business-meeting', 15),
      mod('requested-responses', 15),
      mod('dialogue-flow', 15),
      plain('break', 10),
      roleplay(rounds),
      plain('quiz', 15),
      plain('selfCheck', 10, 'after'),
      plain('pulse', 5, 'after'),
      plain('free', 10),
    ]
  const morning = Math.ceil(rounds / 2)
  return [
    plain('pulse', 5, 'before'),
    plain('selfCheck', 15, 'before'),
    mod('why-1on1', 20),
    mod('vs-business-meeting', 20),
    mod('topics', 20),
    plain('break', 10),
    mod('requested-responses', 20),
    mod('dialogue-flow', 25),
    roleplay(morning),
    plain('break', 60),
    mod('levels', 20),
    mod('worries', 15),
    mod('evidence', 15),
    ...(rounds - morning > 0 ? [roleplay(rounds - morning)] : []),
    plain('break', 10),
    mod('engagement-dialogue', 20),
    mod('roles-rollout', 20),
    plain('quiz', 20),
    plain('selfCheck', 15, 'after'),
    plain('pulse', 5, 'after'),
    plain('free', 15),
  ]
}
