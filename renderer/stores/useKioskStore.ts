import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KioskExitResult, KioskRosterEntry, KioskStatus, Timing } from '@shared/domain/assessment'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/**
 * The kiosk as the main process sees it (running or not, for which workshop)
 * and the roster people choose themselves from. Nothing of any one person.
 */
export const useKioskStore = defineStore('kiosk', () => {
  const status = ref<KioskStatus | null>(null)
  const roster = ref<KioskRosterEntry[]>([])
  const errorCode = ref<ErrorCode | null>(null)

  async function refresh(): Promise<KioskStatus> {
    try {
      status.value = unwrap(await api['kiosk.status']({}))
      errorCode.value = null
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      status.value ??= { active: false }
    }
    return status.value
  }

  async function loadRoster(): Promise<void> {
    try {
      roster.value = unwrap(await api['kiosk.roster']({}))
    } catch (error) {
      roster.value = []
      errorCode.value = errorCodeOf(error)
    }
  }

  /** Returns whether the desktop shell opened its own kiosk window (Electron), or null on failure. */
  async function start(workshopId: string, timing: Timing, pin: string): Promise<{ kioskWindow: boolean } | null> {
    try {
      const started = unwrap(await api['kiosk.start']({ workshopId, timing, pin }))
      status.value = started.status
      errorCode.value = null
      return { kioskWindow: started.kioskWindow }
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return null
    }
  }

  async function exit(pin: string): Promise<KioskExitResult | null> {
    try {
      const result = unwrap(await api['kiosk.exit']({ pin }))
      if (result.exited) {
        status.value = { active: false }
        roster.value = []
      }
      errorCode.value = null
      return result
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return null
    }
  }

  return { status, roster, errorCode, refresh, loadRoster, start, exit }
})
