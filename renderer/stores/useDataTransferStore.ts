import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ConflictChoice } from '@shared/domain/bundlePlan'
import { BUNDLE_MAX_BYTES } from '@shared/domain/bundleLimits'
import { TRANSFER_CHUNK_BYTES } from '@shared/domain/transferLimits'
import type { BundleApplyResult, BundlePreview, ExportCapabilities } from '@shared/ipc/channels/exports'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'
import { useWorkshopsStore } from './useWorkshopsStore'

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The data-transfer screen: workshops to export, and one bundle import at a time (upload, preview, apply). */
export const useDataTransferStore = defineStore('dataTransfer', () => {
  const workshopsStore = useWorkshopsStore()
  const workshops = computed(() => workshopsStore.all ?? [])
  /** what this desktop can do; until known, neither a save dialog nor PDF */
  const capabilities = ref<ExportCapabilities>({ saveDialog: false, printToPdf: false })
  const preview = ref<BundlePreview | null>(null)
  const choices = ref<Record<string, ConflictChoice>>({})
  const result = ref<BundleApplyResult | null>(null)
  const busy = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  // a leftover upload is only memory in the main process; failing to forget it changes nothing here
  const quiet = useRequests()

  async function loadWorkshops(): Promise<void> {
    await workshopsStore.loadAll(requests)
  }

  async function loadCapabilities(): Promise<void> {
    capabilities.value = (await quiet.call('exports.capabilities', {})) ?? capabilities.value
  }

  /** A sealed file waiting for its passphrase (asked, or given wrong): the main process still holds its bytes. */
  const locked = computed(() => {
    const p = preview.value
    return p && !p.valid && p.uploadId !== undefined && (p.problem.code === 'passphraseNeeded' || p.problem.code === 'wrongPassphrase')
      ? { uploadId: p.uploadId, wrong: p.problem.code === 'wrongPassphrase' }
      : null
  })

  async function discard(): Promise<void> {
    const current = preview.value
    preview.value = null
    choices.value = {}
    const uploadId = current?.valid ? current.uploadId : current?.uploadId
    if (uploadId) await quiet.call('bundle.discard', { uploadId })
  }

  /** Previews the sealed file again with the passphrase; a wrong one comes back as a problem and asks again. */
  async function unlock(passphrase: string): Promise<void> {
    const pending = locked.value
    if (!pending) return
    const read = await requests.call('bundle.preview', { uploadId: pending.uploadId, passphrase }, { busy })
    if (read) preview.value = read
  }

  /** Sends the file in slices (the HTTP transport caps a request at 1 MB) and asks for the preview. */
  async function readBundle(file: File): Promise<void> {
    await discard()
    result.value = null
    errorCode.value = null
    // refused before a byte is sent: the main process would refuse it past the limit anyway
    if (file.size > BUNDLE_MAX_BYTES) {
      preview.value = { valid: false, problem: { code: 'tooLarge', detail: `${file.size} bytes` } }
      return
    }
    const read = await requests.run(
      async (call) => {
        const bytes = new Uint8Array(await file.arrayBuffer())
        const { uploadId } = await call('bundle.uploadBegin', {})
        for (let offset = 0; offset < bytes.length; offset += TRANSFER_CHUNK_BYTES) {
          await call('bundle.uploadAppend', { uploadId, base64: bytesToBase64(bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES)) })
        }
        return call('bundle.preview', { uploadId })
      },
      { busy },
    )
    if (read) preview.value = read
  }

  async function apply(): Promise<void> {
    const current = preview.value
    if (!current?.valid) return
    const list = Object.entries(choices.value).map(([key, choice]) => {
      const [table = '', ...rest] = key.split(':')
      return { table, id: rest.join(':'), choice }
    })
    const applied = await requests.call('bundle.apply', { uploadId: current.uploadId, choices: list }, { busy })
    if (!applied) return
    result.value = applied
    preview.value = null
    choices.value = {}
    busy.value = true
    await loadWorkshops()
    busy.value = false
  }

  return {
    workshops,
    capabilities,
    preview,
    choices,
    result,
    busy,
    errorCode,
    loadWorkshops,
    loadCapabilities,
    readBundle,
    locked,
    unlock,
    apply,
    discard,
    clearError: () => (errorCode.value = null),
  }
})
