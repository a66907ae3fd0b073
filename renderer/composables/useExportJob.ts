import { onBeforeUnmount, ref } from 'vue'
import type { ExportJobStatus, ExportKind } from '@shared/ipc/channels/exports'
import type { ChannelInput } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests, type ChannelCall } from '@/api'
import { downloadBytes } from './downloadBytes'

const POLL_MS = 250

/** How a bundle is written: sealed with a passphrase, or plain only when the trainer chose that explicitly. */
export type BundleSealing = Pick<ChannelInput<'exports.start'>, 'passphrase' | 'plainBundle'>

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
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
  const requests = useRequests(errorCode)
  // forgetting a downloaded file is the main process's housekeeping; the download itself is done
  const quiet = useRequests()
  let timer: ReturnType<typeof setTimeout> | null = null

  const stopPolling = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
  }

  async function download(call: ChannelCall, job: ExportJobStatus): Promise<void> {
    status.value = { ...job, state: 'running', phase: 'downloading' }
    for (const [index, file] of job.files.entries()) {
      const parts: BlobPart[] = []
      let offset: number | null = 0
      while (offset !== null) {
        const chunk: { base64: string; nextOffset: number | null } = await call('exports.readChunk', { jobId: job.jobId, file: index, offset })
        parts.push(base64ToBytes(chunk.base64))
        offset = chunk.nextOffset
      }
      await downloadBytes(file.name, parts)
    }
    status.value = job
    await quiet.call('exports.discard', { jobId: job.jobId })
  }

  async function poll(jobId: string): Promise<void> {
    const next = await requests.run(async (call) => {
      const answer = await call('exports.status', { jobId })
      if (answer.state === 'running') status.value = answer
      else if (answer.state === 'done' && answer.savedTo === 'download') await download(call, answer)
      else status.value = answer
      return answer
    })
    if (!next) {
      if (status.value) status.value = { ...status.value, state: 'failed', phase: 'failed' }
      return
    }
    if (next.state === 'running') timer = setTimeout(() => void poll(jobId), POLL_MS)
    else if (next.state === 'failed') errorCode.value = next.errorCode
  }

  /** `sealing` matters for bundles only; the passphrase goes to the main process and is not kept here. */
  async function start(kind: ExportKind, workshopId: string, includeNames = false, sealing: BundleSealing = {}): Promise<void> {
    stopPolling()
    errorCode.value = null
    status.value = null
    const bundle = kind === 'workshop.bundle' ? sealing : {}
    const result = await requests.call('exports.start', { kind, workshopId, includeNames, ...bundle })
    if (!result?.started) return // failed, or the user closed the save dialog: nothing to show
    open.value = true
    await poll(result.jobId)
  }

  async function cancel(): Promise<void> {
    const job = status.value
    if (!job || job.state !== 'running') return
    status.value = (await requests.call('exports.cancel', { jobId: job.jobId })) ?? status.value
  }

  function close(): void {
    if (status.value?.state === 'running') return
    open.value = false
  }

  onBeforeUnmount(stopPolling)
  return { status, errorCode, open, start, cancel, close }
}
