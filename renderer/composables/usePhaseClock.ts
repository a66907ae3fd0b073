import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { initialTimer, timerView, type TimerView } from '@shared/domain/phaseTimer'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'
import type { RunState } from '@shared/ipc/contract'
import { useNow } from './useNow'

/**
 * The timer as this window shows it: the stored run state on the main process's clock (the one
 * every press is stamped with), followed between answers by this window's clock, plus a callback when a phase's time runs out (once per phase, not again on reload
 * of a phase that had already ended).
 */
export function usePhaseClock(run: Ref<RunState | null>, onPhaseEnd?: () => void): ComputedRef<TimerView> {
  const now = useNow()
  // how far the main process's clock is ahead of this window's, measured at each answer
  const offsetMs = ref(0)
  watch(
    run,
    (state) => {
      if (state) offsetMs.value = state.serverNow - Date.now()
    },
    { immediate: true, flush: 'sync' },
  )
  const view = computed(() =>
    timerView(run.value?.timer ?? initialTimer(), run.value?.phaseSeconds ?? DEFAULT_PHASE_SECONDS, now.value + offsetMs.value),
  )
  if (onPhaseEnd) {
    watch(
      () => [view.value.ended, view.value.phase, run.value?.roundIndex] as const,
      ([ended, phase, round], [wasEnded, wasPhase, wasRound]) => {
        if (ended && !wasEnded && phase === wasPhase && round === wasRound) onPhaseEnd()
      },
    )
  }
  return view
}
