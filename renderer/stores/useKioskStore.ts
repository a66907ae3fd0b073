import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KioskExitResult, KioskRosterEntry, KioskStatus, Timing } from '@shared/domain/assessment'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/**
 * The kiosk as the main process sees it (running or not, for which workshop)
 * and the roster people choose themselves from. Nothing of any one person.
 */
export const useKioskStore = defineStore('kiosk', () => {
  const status = ref<KioskStatus | null>(null)
  const roster = ref<KioskRosterEntry[]>([])
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function refresh(): Promise<KioskStatus> {
    const next = (await requests.call('kiosk.status', {})) ?? status.value ?? { active: false }
    status.value = next
    return next
  }

  async function loadRoster(): Promise<void> {
    roster.value = (await requests.call('kiosk.roster', {})) ?? []
  }

  /** Returns whether the desktop shell opened its own kiosk window (Electron), or null on failure. */
  async function start(workshopId: string, timing: Timing, pin: string, allowShortPin = false): Promise<{ kioskWindow: boolean } | null> {
    const started = await requests.call('kiosk.start', { workshopId, timing, pin, allowShortPin })
    if (!started) return null
    status.value = started.status
    return { kioskWindow: started.kioskWindow }
  }

  async function exit(pin: string): Promise<KioskExitResult | null> {
    const result = await requests.call('kiosk.exit', { pin })
    if (result?.exited) {
      status.value = { active: false }
      roster.value = []
    }
    return result
  }

  return { status, roster, errorCode, refresh, loadRoster, start, exit }
})
