import { ROOM_DEFAULT_PORT, type roomChannels } from '@shared/ipc/channels/room'
import type { HandlersOf } from '../dispatch'
import type { PhoneService } from '../services/phoneService'
import { roomAddresses } from '../services/roomAddresses'
import type { RoomService } from '../services/roomService'

/** The trainer's room channels and a phone's own; a phone's handlers take the device from the caller, never the input. */
export function createRoomHandlers(room: RoomService, phone: PhoneService): HandlersOf<typeof roomChannels> {
  return {
    'room.addresses': () => {
      const fixed = room.fixed()
      if (fixed) return { addresses: [{ address: fixed.address, interface: 'fixed', isDefault: true }], port: fixed.port }
      return { addresses: roomAddresses(), port: ROOM_DEFAULT_PORT }
    },
    'room.open': ({ workshopId, address, port }) => room.open(workshopId, address, port),
    'room.status': ({ workshopId }) => room.status(workshopId),
    'room.removeDevice': ({ workshopId, deviceId }) => room.removeDevice(workshopId, deviceId),
    'room.close': ({ workshopId }) => room.close(workshopId),
    'room.selfCheck': ({ workshopId, timing }) => room.selfCheck(workshopId, timing),
    'phone.join': ({ secret }) => ({ token: room.join(secret).token }),
    'phone.roster': (_input, caller) => phone.roster(caller?.deviceId),
    'phone.choose': (input, caller) => phone.choose(caller?.deviceId, input),
    'phone.state': (_input, caller) => phone.state(caller?.deviceId),
    'phone.feedback': (input, caller) => phone.feedback(caller?.deviceId, input),
    'phone.selfCheck': (input, caller) => phone.selfCheck(caller?.deviceId, input),
  }
}
