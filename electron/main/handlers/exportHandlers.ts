import { TRANSFER_CHUNK_BYTES } from '@shared/domain/transferLimits'
import type { exportChannels } from '@shared/ipc/channels/exports'
import type { HandlersOf } from '../dispatch'
import type { BundleImports } from '../services/exports/workshopBundle'
import type { ExportJobs } from '../services/exports/exportJobs'
import type { WorkshopExportParams } from '../services/exports/workshopExportKinds'

export function createExportHandlers(
  jobs: ExportJobs<WorkshopExportParams>,
  imports: BundleImports,
  capabilities: { saveDialog: boolean; printToPdf: boolean },
): HandlersOf<typeof exportChannels> {
  return {
    'exports.capabilities': () => capabilities,
    'exports.start': ({ kind, workshopId, includeNames, passphrase, plainBundle }) =>
      jobs.start(kind, { workshopId, includeNames, seal: plainBundle ? null : (passphrase ?? null) }),
    'exports.status': ({ jobId }) => jobs.status(jobId),
    'exports.cancel': ({ jobId }) => jobs.cancel(jobId),
    'exports.readChunk': async ({ jobId, file, offset }) => {
      const { bytes, nextOffset } = await jobs.readChunk(jobId, file, offset, TRANSFER_CHUNK_BYTES)
      return { base64: bytes.toString('base64'), nextOffset }
    },
    'exports.discard': ({ jobId }) => {
      jobs.discard(jobId)
      return { discarded: true as const }
    },
    'bundle.uploadBegin': () => imports.begin(),
    'bundle.uploadAppend': ({ uploadId, base64 }) => imports.append(uploadId, base64),
    'bundle.preview': ({ uploadId, passphrase }) => imports.preview(uploadId, passphrase),
    'bundle.apply': ({ uploadId, choices }) => imports.apply(uploadId, choices),
    'bundle.discard': ({ uploadId }) => {
      imports.discard(uploadId)
      return { discarded: true as const }
    },
  }
}
