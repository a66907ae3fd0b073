import { computed, ref } from 'vue'
import { countRosterRows, rowsToParticipants, validateRosterRows, type ExistingParticipant, type RosterDraftRow } from '@shared/domain/rosterRows'
import { roleWordMapping, type RoleWordMapping } from '@shared/domain/rosterRoles'
import { ROSTER_FILE_MAX_BYTES, type RosterFileProblem, type RosterFileResult } from '@shared/domain/rosterFile'
import type { ErrorCode } from '@shared/ipc/envelope'
import { useRequests } from '@/api'

export type RosterImportFailure = RosterFileProblem | 'unsupportedType'
const ACCEPTED_EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx']
export const ROSTER_FILE_ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/**
 * One roster file on its way in: read by the main process, reviewed and fixed here,
 * saved only when the trainer confirms. Nothing in here writes to the database.
 */
export function useRosterImport(existing: () => readonly ExistingParticipant[]) {
  const fileName = ref('')
  const reading = ref(false)
  const failure = ref<RosterImportFailure | null>(null)
  const errorCode = ref<ErrorCode | null>(null)
  const parsed = ref<Extract<RosterFileResult, { ok: true }> | null>(null)
  const rows = ref<RosterDraftRow[]>([])
  /**
   * The rows in the order the preview lists them: those with a problem when the file was read
   * first, so the trainer sees what needs fixing without hunting; fixed at reading, so a row
   * does not jump away while it is being fixed.
   */
  const order = ref<number[]>([])
  /** the file's role words and what each became, as read (before any fix in the preview) */
  const roleMapping = ref<RoleWordMapping[]>([])
  const requests = useRequests(errorCode)

  const problems = computed(() => validateRosterRows(rows.value, existing()))
  const counts = computed(() => countRosterRows(rows.value, problems.value))
  /** the participants to save, or null while a row still has a problem */
  const participants = computed(() => rowsToParticipants(rows.value, existing()))

  function reset(): void {
    fileName.value = ''
    failure.value = null
    errorCode.value = null
    parsed.value = null
    rows.value = []
    order.value = []
    roleMapping.value = []
  }

  async function readFile(file: File): Promise<void> {
    reset()
    fileName.value = file.name
    const extension = file.name.toLowerCase().split('.').pop() ?? ''
    if (!ACCEPTED_EXTENSIONS.includes(extension)) {
      failure.value = 'unsupportedType'
      return
    }
    if (file.size > ROSTER_FILE_MAX_BYTES) {
      failure.value = 'tooLarge'
      return
    }
    const result = await requests.run(async (call) => call('roster.readFile', { fileName: file.name.slice(0, 255), dataBase64: await readAsBase64(file) }), { busy: reading })
    if (!result) return
    if (result.ok) {
      parsed.value = result
      rows.value = result.rows
      roleMapping.value = roleWordMapping(result.rows.map((r) => r.cells.workplaceRole))
      const atRead = problems.value
      const indices = result.rows.map((_, i) => i)
      const hasProblem = (i: number): boolean => (atRead[i] ?? []).length > 0
      order.value = [...indices.filter(hasProblem), ...indices.filter((i) => !hasProblem(i))]
    } else failure.value = result.reason
  }

  return { fileName, reading, failure, errorCode, parsed, rows, order, roleMapping, problems, counts, participants, readFile, reset }
}
export type RosterImport = ReturnType<typeof useRosterImport>
