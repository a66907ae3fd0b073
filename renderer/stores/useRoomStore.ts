import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Timing } from '@shared/domain/assessment'
import type { RoomAddress, RoomStatus } from '@shared/ipc/channels/room'
import type { ErrorCode } from '@shared/ipc/envelope'
import type { PushEvent } from '@shared/ipc/events'
import { subscribe, useRequests } from '@/api'

/** The room of one workshop as the trainer runs it: open, who joined, who sent what, close. Live by push events. */
export const useRoomStore = defineStore('room', () => {
  const status = ref<RoomStatus | null>(null)
  const addresses = ref<RoomAddress[]>([])
  const defaultPort = ref(0)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  let unsubscribe: (() => void) | null = null

  async function refresh(workshopId: string): Promise<void> {
    status.value = (await requests.call('room.status', { workshopId })) ?? status.value
  }
  async function loadAddresses(): Promise<void> {
    const found = await requests.call('room.addresses', {})
    if (!found) return
    addresses.value = found.addresses
    defaultPort.value = found.port
  }
  async function open(workshopId: string, address: string, port: number): Promise<void> {
    status.value = (await requests.call('room.open', { workshopId, address, port })) ?? status.value
  }
  async function close(workshopId: string): Promise<void> {
    status.value = (await requests.call('room.close', { workshopId })) ?? status.value
  }
  async function removeDevice(workshopId: string, deviceId: string): Promise<void> {
    status.value = (await requests.call('room.removeDevice', { workshopId, deviceId })) ?? status.value
  }
  async function selfCheck(workshopId: string, timing: Timing | null): Promise<void> {
    status.value = (await requests.call('room.selfCheck', { workshopId, timing })) ?? status.value
  }

  function onEvent(workshopId: string, event: PushEvent): void {
    if (event.name === 'events.resync') return void refresh(workshopId)
    if (event.name === 'room.changed' || event.name === 'device.joined' || event.name === 'feedback.submitted' || event.name === 'selfCheck.submitted' || event.name === 'run.changed')
      if (event.data.workshopId === workshopId) void refresh(workshopId)
  }
  function follow(workshopId: string): void {
    unfollow()
    unsubscribe = subscribe((event) => onEvent(workshopId, event))
    void refresh(workshopId)
  }
  function unfollow(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { status, addresses, defaultPort, errorCode, refresh, loadAddresses, open, close, removeDevice, selfCheck, follow, unfollow }
})
