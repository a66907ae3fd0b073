import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TemplateId } from '@shared/domain/runSheet'
import type { ChannelInput } from '@shared/ipc/contract'
import type { RunSheet } from '@shared/ipc/channels/studyDay'
import type { ErrorCode } from '@shared/ipc/envelope'
import { subscribe, useRequests } from '@/api'

type BlockInput = ChannelInput<'runsheet.save'>['blocks'][number]

/**
 * A workshop's run sheet (進行表): its blocks and where the day is. Stored in the main process, so
 * the editor, the facilitator's strip and a restarted app read the same; followed through the
 * runsheet.changed event, never asked on a schedule.
 */
export const useRunSheetStore = defineStore('runSheet', () => {
  const sheet = ref<RunSheet | null>(null)
  /** how far the main process's clock is ahead of this window's, measured at each answer */
  const offsetMs = ref(0)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  let unsubscribe: (() => void) | null = null

  const take = (next: RunSheet | null): void => {
    if (!next) return
    sheet.value = next
    offsetMs.value = next.serverNow - Date.now()
  }

  async function load(workshopId: string): Promise<void> {
    take(await requests.call('runsheet.get', { workshopId }, { latest: 'runsheet' }))
  }
  async function save(workshopId: string, startMinutes: number, blocks: BlockInput[]): Promise<boolean> {
    const saved = await requests.call('runsheet.save', { workshopId, startMinutes, blocks })
    take(saved)
    return saved !== null
  }
  async function applyTemplate(workshopId: string, template: TemplateId): Promise<void> {
    take(await requests.call('runsheet.applyTemplate', { workshopId, template }))
  }
  async function start(workshopId: string, blockId: string): Promise<boolean> {
    const next = await requests.call('runsheet.start', { workshopId, blockId })
    take(next)
    return next !== null
  }
  async function finish(workshopId: string): Promise<void> {
    take(await requests.call('runsheet.finish', { workshopId }))
  }

  function follow(workshopId: string): void {
    unfollow()
    unsubscribe = subscribe((event) => {
      if ((event.name === 'runsheet.changed' && event.data.workshopId === workshopId) || event.name === 'events.resync') void load(workshopId)
    })
    void load(workshopId)
  }
  function unfollow(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { sheet, offsetMs, errorCode, load, save, applyTemplate, start, finish, follow, unfollow, clearError: () => (errorCode.value = null) }
})
