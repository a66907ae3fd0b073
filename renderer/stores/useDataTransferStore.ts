import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ConflictChoice } from '@shared/domain/bundlePlan'
import { BUNDLE_MAX_BYTES } from '@shared/domain/bundleLimits'
import { TRANSFER_CHUNK_BYTES } from '@shared/domain/transferLimits'
import type { WorkshopSummary } from '@shared/domain/workshop'
import type { BundleApplyResult, BundlePreview } from '@shared/ipc/channels/exports'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The data-transfer screen: workshops to export, and one bundle import at a time (upload, preview, apply). */
export const useDataTransferStore = defineStore('dataTransfer', () => {
  const workshops = ref<WorkshopSummary[]>([])
  const preview = ref<BundlePreview | null>(null)
  const choices = ref<Record<string, ConflictChoice>>({})
  const result = ref<BundleApplyResult | null>(null)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)

  async function loadWorkshops(): Promise<void> {
    try {
      workshops.value = unwrap(await api['workshops.list']({}))
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    }
  }

  async function discard(): Promise<void> {
    const current = preview.value
    preview.value = null
    choices.value = {}
    if (current?.valid) await api['bundle.discard']({ uploadId: current.uploadId })
  }

  /** Sends the file in slices (the HTTP transport caps a request at 1 MB) and asks for the preview. */
  async function readBundle(file: File): Promise<void> {
    await discard()
    result.value = null
    errorCode.value = null
    busy.value = true
    try {
      if (file.size > BUNDLE_MAX_BYTES) {
        preview.value = { valid: false, problem: { code: 'tooLarge', detail: `${file.size} bytes` } }
        return
      }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const { uploadId } = unwrap(await api['bundle.uploadBegin']({}))
      for (let offset = 0; offset < bytes.length; offset += TRANSFER_CHUNK_BYTES) {
        unwrap(await api['bundle.uploadAppend']({ uploadId, base64: bytesToBase64(bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES)) }))
      }
      preview.value = unwrap(await api['bundle.preview']({ uploadId }))
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      busy.value = false
    }
  }

  async function apply(): Promise<void> {
    const current = preview.value
    if (!current?.valid) return
    busy.value = true
    try {
      const list = Object.entries(choices.value).map(([key, choice]) => {
        const [table = '', ...rest] = key.split(':')
        return { table, id: rest.join(':'), choice }
      })
      result.value = unwrap(await api['bundle.apply']({ uploadId: current.uploadId, choices: list }))
      preview.value = null
      choices.value = {}
      await loadWorkshops()
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    } finally {
      busy.value = false
    }
  }

  return { workshops, preview, choices, result, busy, errorCode, loadWorkshops, readBundle, apply, discard, clearError: () => (errorCode.value = null) }
})
