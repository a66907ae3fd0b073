/** The roster as a CSV file Excel opens, with headers the import understands (so it round-trips). */
import { CSV_BOM, csvDocument } from './csvCells'
import type { Locale } from '../i18n/locales'
import type { ParticipantInput } from './participantInput'

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  ja: ['氏名', 'ふりがな', '所属', '役割', '社員番号', 'メールアドレス'],
  en: ['Name', 'Reading', 'Team', 'Role', 'Employee ID', 'Email'],
}
const ROLE_WORDS: Readonly<Record<Locale, Record<ParticipantInput['workplaceRole'], string>>> = {
  ja: { manager: 'マネジャー', member: 'メンバー' },
  en: { manager: 'manager', member: 'member' },
}

export function rosterToCsv(participants: readonly ParticipantInput[], locale: Locale): string {
  const rows = participants.map((p) => [p.displayName, p.reading, p.team, ROLE_WORDS[locale][p.workplaceRole], p.employeeId, p.email])
  return CSV_BOM + csvDocument([HEADERS[locale], ...rows])
}
