import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Participant, Workshop } from '@shared/domain/workshop'
import type { ParticipantFields, WorkshopFields } from '@shared/ipc/channels/workshops'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

/** The open workshop and its roster. */
export const useWorkshopStore = defineStore('workshop', () => {
  const workshop = ref<Workshop | null>(null)
  const participants = ref<Participant[]>([])
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const value = await action()
      errorCode.value = null
      return value
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      return null
    }
  }

  async function load(id: string): Promise<void> {
    if (workshop.value?.id !== id) {
      workshop.value = null
      participants.value = []
    }
    loading.value = true
    await run(async () => {
      const [w, roster] = await Promise.all([api['workshops.get']({ id }), api['participants.list']({ workshopId: id })])
      workshop.value = unwrap(w)
      participants.value = unwrap(roster)
    })
    loading.value = false
  }

  async function reloadRoster(): Promise<void> {
    const id = workshop.value?.id
    if (!id) return
    const roster = await run(async () => unwrap(await api['participants.list']({ workshopId: id })))
    if (roster) participants.value = roster
  }

  async function update(fields: WorkshopFields): Promise<boolean> {
    const id = workshop.value?.id
    if (!id) return false
    const saved = await run(async () => unwrap(await api['workshops.update']({ id, fields })))
    if (saved) workshop.value = saved
    return saved !== null
  }

  async function saveParticipant(id: string | null, fields: ParticipantFields): Promise<Participant | null> {
    const workshopId = workshop.value?.id
    if (!workshopId) return null
    const saved = await run(async () =>
      unwrap(id ? await api['participants.update']({ id, fields }) : await api['participants.create']({ workshopId, fields })),
    )
    if (saved) await reloadRoster()
    return saved
  }

  async function removeParticipant(id: string): Promise<boolean> {
    const done = await run(async () => unwrap(await api['participants.delete']({ id })))
    if (done) await reloadRoster()
    return done !== null
  }

  /** Adds the reviewed rows of a roster file, all or none. */
  async function importParticipants(people: ParticipantFields[]): Promise<number | null> {
    const workshopId = workshop.value?.id
    if (!workshopId) return null
    const result = await run(async () => unwrap(await api['roster.import']({ workshopId, participants: people })))
    if (result) await reloadRoster()
    return result ? result.imported.length : null
  }

  return {
    workshop,
    participants,
    loading,
    errorCode,
    load,
    update,
    saveParticipant,
    removeParticipant,
    importParticipants,
    clearError: () => (errorCode.value = null),
  }
})
