import { onBeforeUnmount, ref } from 'vue'
import type { ExportJobStatus, ExportKind } from '@shared/ipc/channels/exports'
import type { ErrorCode } from '@shared/ipc/envelope'
import { api, errorCodeOf, unwrap } from '@/api'

const POLL_MS = 250

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Saves bytes through the browser: works in the browser host and in Electron alike. */
export function downloadBytes(name: string, parts: BlobPart[]): void {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  const url = URL.createObjectURL(new Blob(parts, { type: MIME[ext] ?? 'application/octet-stream' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * One export at a time: start it, follow its progress, cancel it. When the main
 * process kept the file for download (browser host), fetch it in slices and hand
 * it to the browser, then let the main process forget it.
 */
export function useExportJob() {
  const status = ref<ExportJobStatus | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const open = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null

  const stopPolling = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
  }

  async function download(job: ExportJobStatus): Promise<void> {
    status.value = { ...job, state: 'running', phase: 'downloading' }
    for (const [index, file] of job.files.entries()) {
      const parts: BlobPart[] = []
      let offset: number | null = 0
      while (offset !== null) {
        const chunk: { base64: string; nextOffset: number | null } = unwrap(
          await api['exports.readChunk']({ jobId: job.jobId, file: index, offset }),
        )
        parts.push(base64ToBytes(chunk.base64))
        offset = chunk.nextOffset
      }
      downloadBytes(file.name, parts)
    }
    status.value = job
    await api['exports.discard']({ jobId: job.jobId })
  }

  async function poll(jobId: string): Promise<void> {
    try {
      const next = unwrap(await api['exports.status']({ jobId }))
      if (next.state === 'running') {
        status.value = next
        timer = setTimeout(() => void poll(jobId), POLL_MS)
        return
      }
      if (next.state === 'done' && next.savedTo === 'download') await download(next)
      else status.value = next
      if (next.state === 'failed') errorCode.value = next.errorCode
    } catch (error) {
      errorCode.value = errorCodeOf(error)
      if (status.value) status.value = { ...status.value, state: 'failed', phase: 'failed' }
    }
  }

  async function start(kind: ExportKind, workshopId: string, includeNames = false): Promise<void> {
    stopPolling()
    errorCode.value = null
    status.value = null
    try {
      const result = unwrap(await api['exports.start']({ kind, workshopId, includeNames }))
      if (!result.started) return // the user closed the save dialog: nothing to show
      open.value = true
      await poll(result.jobId)
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    }
  }

  async function cancel(): Promise<void> {
    const job = status.value
    if (!job || job.state !== 'running') return
    try {
      status.value = unwrap(await api['exports.cancel']({ jobId: job.jobId }))
    } catch (error) {
      errorCode.value = errorCodeOf(error)
    }
  }

  function close(): void {
    if (status.value?.state === 'running') return
    open.value = false
  }

  onBeforeUnmount(stopPolling)
  return { status, errorCode, open, start, cancel, close }
}
