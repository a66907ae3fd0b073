/**
 * Which column of a roster file holds what, found by its header in Japanese or
 * English, and what a role cell means. Headers are compared after NFKC (so full-width
 * and half-width forms match), lower case, without spaces, punctuation or a
 * parenthesised note: "氏名（漢字）", "E-mail", "Employee ID" all match.
 */
import { HEADER_MAX_CHARS, stripBracketedNotes } from './bracketedNotes'
import type { WorkplaceRole } from './workshop'

export const ROSTER_FIELDS = ['displayName', 'reading', 'team', 'workplaceRole', 'employeeId', 'email'] as const
export type RosterField = (typeof ROSTER_FIELDS)[number]

/** The longest value each field takes (the same limits the contract and the database enforce). */
export const ROSTER_FIELD_MAX: Readonly<Record<RosterField, number>> = {
  displayName: 100,
  reading: 100,
  team: 100,
  workplaceRole: 100,
  employeeId: 100,
  email: 254,
}

const HEADER_ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  displayName: ['氏名', '名前', 'お名前', '姓名', '表示名', '参加者', '参加者名', '受講者', '受講者名', 'name', 'displayname', 'fullname', 'participant'],
  reading: ['ふりがな', 'フリガナ', 'よみ', 'ヨミ', 'よみがな', 'ヨミガナ', '読み', '読み仮名', 'かな', 'カナ', '氏名かな', '氏名カナ', 'reading', 'furigana', 'kana', 'yomi'],
  team: ['所属', 'チーム', '部署', '部門', '課', 'グループ', '所属部署', 'チーム名', 'team', 'department', 'dept', 'group', 'division', 'unit'],
  workplaceRole: ['役割', 'ロール', '役職', '立場', '区分', 'role', 'workplacerole', 'position'],
  employeeId: ['社員番号', '社員id', '社員コード', '従業員番号', '職員番号', '社員no', 'employeeid', 'employeeno', 'employeenumber', 'staffid', 'empid', 'id'],
  email: ['メール', 'メールアドレス', 'eメール', 'eメールアドレス', 'mail', 'email', 'emailaddress', 'mailaddress'],
}

/** Only the first HEADER_MAX_CHARS characters count: no header or role we know is longer. */
export function normalizeHeader(header: string): string {
  const folded = header.trim().slice(0, HEADER_MAX_CHARS).normalize('NFKC').toLowerCase()
  return stripBracketedNotes(folded).replace(/[\s_\-.・:：/]/g, '')
}

const FIELD_BY_HEADER = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [normalizeHeader(alias), field] as const)),
)

export interface ColumnMapping {
  /** column index per recognised field; the first matching column wins */
  columns: Partial<Record<RosterField, number>>
  /** headers that were not used, to tell the trainer what was left out */
  ignored: string[]
}

export function mapRosterHeaders(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<RosterField, number>> = {}
  const ignored: string[] = []
  headers.forEach((header, index) => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(header))
    if (field && columns[field] === undefined) columns[field] = index
    else if (header.trim()) ignored.push(header.trim())
  })
  return { columns, ignored }
}

const ROLE_WORDS: Readonly<Record<WorkplaceRole, readonly string[]>> = {
  manager: ['マネジャー', 'マネージャー', 'マネージャ', 'マネジャ', '上司', '上長', '管理職', 'manager', 'mgr', 'mngr'],
  member: ['メンバー', 'メンバ', '部下', '一般', 'member', 'mbr', 'staff'],
}
const ROLE_BY_WORD = new Map<string, WorkplaceRole>(
  (Object.keys(ROLE_WORDS) as WorkplaceRole[]).flatMap((role) => ROLE_WORDS[role].map((w) => [normalizeHeader(w), role] as const)),
)

/**
 * The workplace role a cell names; an empty cell means a member (rosters often mark
 * only the managers); null when the value is not one we know.
 */
export function parseWorkplaceRole(value: string): WorkplaceRole | null {
  const key = normalizeHeader(value)
  if (!key) return 'member'
  return ROLE_BY_WORD.get(key) ?? null
}
