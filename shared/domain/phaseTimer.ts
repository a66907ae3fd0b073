import { PHASES, type Phase } from './workshop'

/**
 * The phase timer of a round as a pure state machine over timestamps (epoch ms).
 * Nothing ticks: the state records when the current run started and how much time
 * had passed before it, and `timerView` computes the remaining time from `now`. So the
 * state can be stored, the app restarted, and the round goes on where it was: a timer
 * left running kept running while the app was closed, a paused one stays paused.
 */
export const TIMER_STATUSES = ['idle', 'running', 'paused', 'done'] as const
export type TimerStatus = (typeof TIMER_STATUSES)[number]
export const TIMER_ACTIONS = ['start', 'pause', 'resume', 'toggle', 'addMinute', 'skip'] as const
export type TimerAction = (typeof TIMER_ACTIONS)[number]

export interface TimerState {
  /** index into PHASES; PHASES.length once the round is done */
  phaseIndex: number
  status: TimerStatus
  /** when the current run started; null unless running */
  runningSince: number | null
  /** time spent in this phase before the current run */
  elapsedMs: number
  /** minutes added to this phase (+1 minute) */
  extraMs: number
}

export const ONE_MINUTE_MS = 60_000

export function initialTimer(): TimerState {
  return { phaseIndex: 0, status: 'idle', runningSince: null, elapsedMs: 0, extraMs: 0 }
}

function elapsedAt(state: TimerState, now: number): number {
  return state.elapsedMs + (state.status === 'running' && state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0)
}

export function applyTimer(state: TimerState, action: TimerAction, now: number): TimerState {
  if (state.status === 'done') return state
  switch (action) {
    case 'toggle':
      return applyTimer(state, state.status === 'running' ? 'pause' : 'start', now)
    case 'start':
    case 'resume':
      return state.status === 'running' ? state : { ...state, status: 'running', runningSince: now }
    case 'pause':
      return state.status === 'running' ? { ...state, status: 'paused', runningSince: null, elapsedMs: elapsedAt(state, now) } : state
    case 'addMinute':
      return { ...state, extraMs: state.extraMs + ONE_MINUTE_MS }
    case 'skip': {
      const next = state.phaseIndex + 1
      if (next >= PHASES.length) return { phaseIndex: PHASES.length, status: 'done', runningSince: null, elapsedMs: 0, extraMs: 0 }
      // the next phase starts at once if the clock was running; otherwise it waits for Start
      const running = state.status === 'running'
      return { phaseIndex: next, status: running ? 'running' : 'idle', runningSince: running ? now : null, elapsedMs: 0, extraMs: 0 }
    }
  }
}

export interface TimerView {
  phase: Phase | null
  status: TimerStatus
  totalMs: number
  elapsedMs: number
  remainingMs: number
  /** time past the end of the phase (the clock keeps counting until the trainer moves on) */
  overtimeMs: number
  /** the phase's time is up and the round is not done: the cue to move on */
  ended: boolean
}

export function timerView(state: TimerState, phaseSeconds: Readonly<Record<Phase, number>>, now: number): TimerView {
  const phase = PHASES[state.phaseIndex] ?? null
  if (phase === null) return { phase, status: 'done', totalMs: 0, elapsedMs: 0, remainingMs: 0, overtimeMs: 0, ended: false }
  const totalMs = phaseSeconds[phase] * 1000 + state.extraMs
  const elapsedMs = elapsedAt(state, now)
  return {
    phase,
    status: state.status,
    totalMs,
    elapsedMs,
    remainingMs: Math.max(0, totalMs - elapsedMs),
    overtimeMs: Math.max(0, elapsedMs - totalMs),
    ended: elapsedMs >= totalMs,
  }
}

/** 125_000 ms -> "2:05"; rounds up, so "0:00" shows only when the time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}
