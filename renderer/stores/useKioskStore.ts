import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KioskExitResult, KioskRosterEntry, KioskStatus, Timing } from '@shared/domain/assessment'
import type { KioskContent } from '@shared/ipc/channels/contentPacks'
import type { ErrorCode } from '@shared/ipc/envelope'
import { subscribe, useRequests } from '@/api'

/**
 * The kiosk as the main process sees it (running or not, for which workshop)
 * and the roster people choose themselves from. Nothing of any one person.
 */
export const useKioskStore = defineStore('kiosk', () => {
  const status = ref<KioskStatus | null>(null)
  const roster = ref<KioskRosterEntry[]>([])
  /** the running workshop's wording of the self-check and its tips (its chosen packs over the built-in) */
  const content = ref<KioskContent | null>(null)
  const contentError = ref<ErrorCode | null>(null)
  const contentRequests = useRequests(contentError)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  let checked: Promise<KioskStatus> | null = null

  async function refresh(): Promise<KioskStatus> {
    const next = (await requests.call('kiosk.status', {})) ?? status.value ?? { active: false }
    status.value = next
    return next
  }

  /**
   * The status as far as this window knows it: asked once, then kept current by the main
   * process's kiosk.changed events (another window, Electron's kiosk window say, may start or end
   * it), so a navigation needs no request. A resync (events possibly missed) asks again.
   */
  function current(): Promise<KioskStatus> {
    if (!checked) {
      subscribe((event) => {
        if (event.name === 'kiosk.changed') status.value = event.data.status
        else if (event.name === 'events.resync') void refresh()
      })
      checked = refresh()
    }
    return checked.then(() => status.value ?? { active: false })
  }

  async function loadContent(): Promise<void> {
    content.value = await contentRequests.call('packs.kioskContent', {})
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
      content.value = null
    }
    return result
  }

  return { status, roster, content, contentError, errorCode, refresh, current, loadRoster, loadContent, start, exit }
})
