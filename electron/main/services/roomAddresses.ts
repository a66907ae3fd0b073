import { readFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import type { RoomAddress } from '@shared/ipc/channels/room'

/** Linux: the interface of the default route, from the kernel's routing table; null elsewhere or unreadable. */
function defaultRouteInterface(): string | null {
  try {
    const lines = readFileSync('/proc/net/route', 'utf8').split('\n').slice(1)
    for (const line of lines) {
      const [iface, destination, , , , , , mask] = line.trim().split(/\s+/)
      if (destination === '00000000' && mask === '00000000' && iface) return iface
    }
  } catch {
    // not Linux: fall through to the first non-internal IPv4 address
  }
  return null
}

/**
 * The machine's own addresses a phone could reach: IPv4 first (what phones on a venue Wi-Fi
 * use), loopback last (only useful for trying the room on this machine). The one the default
 * route leaves by is marked, so the picker can preselect it; without a routing table, the first
 * external IPv4 address is.
 */
export function roomAddresses(): RoomAddress[] {
  const viaDefault = defaultRouteInterface()
  const all: RoomAddress[] = []
  for (const [name, list] of Object.entries(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family !== 'IPv4' || a.address.startsWith('169.254.')) continue
      all.push({ address: a.address, interface: name, isDefault: false })
    }
  }
  const external = all.filter((a) => !a.address.startsWith('127.'))
  const loopback = all.filter((a) => a.address.startsWith('127.'))
  const chosen = external.find((a) => a.interface === viaDefault) ?? external[0]
  if (chosen) chosen.isDefault = true
  return [...external.sort((a, b) => Number(b.isDefault) - Number(a.isDefault)), ...loopback]
}
