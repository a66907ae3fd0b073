import type { AppContext } from '../appContext'
import type { RoomListener } from '../services/roomService'
import { startParticipantServer, type ParticipantServer, type ParticipantServerOptions } from './participantServer'

export interface RoomListenerOptions {
  /** the app context at the time of the request (the app host swaps it on a restore) */
  context: () => Pick<AppContext, 'dispatch' | 'deviceOf' | 'workshopOfDevice' | 'events'>
  rendererDir: string
  fixed?: { address: string; port: number }
  limits?: ParticipantServerOptions['limits']
}

/** The room's second listener as the room service sees it: start on an address, stop; one at a time. */
export function createRoomListener(options: RoomListenerOptions): RoomListener {
  // the app context is built after the listener is handed to it: both are looked up per use
  let running: ParticipantServer | null = null
  const stop = async (): Promise<void> => {
    const r = running
    running = null
    await r?.close()
  }
  return {
    fixed: options.fixed,
    async start(address, port) {
      await stop()
      running = await startParticipantServer({
        dispatch: (channel, input, caller, identity) => options.context().dispatch(channel, input, caller, identity),
        deviceOf: (token) => options.context().deviceOf(token)?.deviceId ?? null,
        workshopOfDevice: (deviceId) => options.context().workshopOfDevice(deviceId),
        bus: options.context().events,
        rendererDir: options.rendererDir,
        address,
        port: options.fixed ? options.fixed.port : port,
        limits: options.limits,
      })
      return { port: running.port }
    },
    stop,
  }
}
