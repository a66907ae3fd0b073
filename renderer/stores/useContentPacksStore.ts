import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PackItemInput, PackKind } from '@shared/content/packSchema'
import type { ContentLibrary } from '@shared/content/schemas'
import type { ContentPack, PackVersionRef } from '@shared/domain/contentPacks'
import type { ItemUsage, PackImportPreview, PackImportResult, PackSummary } from '@shared/ipc/channels/contentPacks'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { downloadBytes } from '@/composables/downloadBytes'

/** Reads a file the trainer picked as base64, the way the contract carries files. */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let text = ''
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(text)
}

/** The trainer's own packs: the list, the pack being edited, and carrying packs as files. */
export const useContentPacksStore = defineStore('contentPacks', () => {
  const packs = ref<PackSummary[]>([])
  const current = ref<ContentPack | null>(null)
  const loaded = ref(false)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)

  async function load(): Promise<void> {
    const list = await requests.call('packs.list', {}, { latest: 'packs', busy })
    if (list) packs.value = list
    loaded.value = true
  }
  async function open(packId: string): Promise<void> {
    const pack = await requests.call('packs.get', { packId }, { latest: 'pack', busy })
    if (pack) current.value = pack
  }
  async function create(name: string, description: string): Promise<ContentPack | null> {
    const pack = await requests.call('packs.create', { name, description })
    if (pack) await load()
    return pack
  }
  async function remove(packId: string): Promise<void> {
    if (await requests.call('packs.delete', { packId })) await load()
  }
  async function saveItem(packId: string, entry: PackItemInput): Promise<boolean> {
    const pack = await requests.call('packs.saveItem', { packId, entry })
    if (pack) current.value = pack
    return pack !== null
  }
  const usage = (packId: string, kind: PackKind, itemId: string): Promise<ItemUsage | null> => requests.call('packs.itemUsage', { packId, kind, itemId })
  async function deleteItem(packId: string, kind: PackKind, itemId: string): Promise<void> {
    const pack = await requests.call('packs.deleteItem', { packId, kind, itemId })
    if (pack) current.value = pack
  }

  /** Saves the pack as `<name>.taiwa-content.json` through the browser's download (a save dialog in Electron). */
  async function exportPack(packId: string): Promise<string | null> {
    const file = await requests.call('packs.export', { packId })
    if (!file) return null
    await downloadBytes(file.fileName, [file.text])
    return file.fileName
  }

  const tooLarge: PackImportPreview = { ok: false, problems: [{ code: 'tooLarge', item: '', field: '' }] }
  /** the file's size is checked here first: one over the cap is not even sent */
  async function previewImport(file: File, maxBytes: number): Promise<{ preview: PackImportPreview; data: string } | null> {
    if (file.size > maxBytes) return { preview: tooLarge, data: '' }
    const data = await fileBase64(file)
    const preview = await requests.call('packs.importPreview', { dataBase64: data }, { busy })
    return preview ? { preview, data } : null
  }
  async function applyImport(data: string, choices: Record<string, 'mine' | 'theirs'>): Promise<PackImportResult | null> {
    const result = await requests.call('packs.importApply', { dataBase64: data, choices }, { busy })
    if (result?.ok) await load()
    return result
  }

  /** the workshop on screen: its chosen packs, the versions its plans used, and what it deals from */
  const workshop = ref<{ id: string; packIds: string[]; used: PackVersionRef[]; library: ContentLibrary } | null>(null)
  async function loadWorkshop(workshopId: string, packIds?: string[]): Promise<void> {
    const result = await requests.run(
      async (call) => {
        const chosen = packIds ? await call('packs.chooseForWorkshop', { workshopId, packIds }) : await call('packs.forWorkshop', { workshopId })
        const merged = await call('packs.library', { packIds: chosen.packIds })
        return { id: workshopId, ...chosen, library: merged.library }
      },
      { latest: 'workshop-packs' },
    )
    if (result) workshop.value = result
  }

  /** the built-in content with the given packs over it (solo practice draws from it) */
  async function mergedLibrary(packIds: string[]): Promise<ContentLibrary | null> {
    return (await requests.call('packs.library', { packIds }))?.library ?? null
  }

  return { workshop, loadWorkshop, mergedLibrary, packs, current, loaded, busy, errorCode, load, open, create, remove, saveItem, usage, deleteItem, exportPack, previewImport, applyImport }
})
