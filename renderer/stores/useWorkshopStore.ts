import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Participant, Workshop } from '@shared/domain/workshop'
import type { ParticipantFields, WorkshopFields } from '@shared/ipc/channels/workshops'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

/** The open workshop and its roster. */
export const useWorkshopStore = defineStore('workshop', () => {
  const workshop = ref<Workshop | null>(null)
  const participants = ref<Participant[]>([])
  const loading = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(id: string): Promise<void> {
    if (workshop.value?.id !== id) {
      workshop.value = null
      participants.value = []
    }
    const loaded = await requests.run(
      (call) => Promise.all([call('workshops.get', { id }), call('participants.list', { workshopId: id })]),
      { busy: loading },
    )
    if (!loaded) return
    workshop.value = loaded[0]
    participants.value = loaded[1]
  }

  async function reloadRoster(): Promise<void> {
    const id = workshop.value?.id
    if (!id) return
    const roster = await requests.call('participants.list', { workshopId: id })
    if (roster) participants.value = roster
  }

  async function update(fields: WorkshopFields): Promise<boolean> {
    const id = workshop.value?.id
    if (!id) return false
    const saved = await requests.call('workshops.update', { id, fields })
    if (saved) workshop.value = saved
    return saved !== null
  }

  async function saveParticipant(id: string | null, fields: ParticipantFields): Promise<Participant | null> {
    const workshopId = workshop.value?.id
    if (!workshopId) return null
    const saved = await (id ? requests.call('participants.update', { id, fields }) : requests.call('participants.create', { workshopId, fields }))
    if (saved) await reloadRoster()
    return saved
  }

  async function removeParticipant(id: string): Promise<boolean> {
    const done = await requests.call('participants.delete', { id })
    if (done) await reloadRoster()
    return done !== null
  }

  /** Adds the reviewed rows of a roster file, all or none. */
  async function importParticipants(people: ParticipantFields[]): Promise<number | null> {
    const workshopId = workshop.value?.id
    if (!workshopId) return null
    const result = await requests.call('roster.import', { workshopId, participants: people })
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
