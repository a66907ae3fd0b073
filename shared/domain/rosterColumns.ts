/**
 * Which column of a roster file holds what, found by its header in Japanese or
 * English, and what a role cell means. Headers are compared after NFKC (so full-width
 * and half-width forms match), lower case, without spaces, punctuation or a
 * parenthesised note: "氏名（漢字）", "E-mail", "Employee ID" all match.
 */
import { HEADER_MAX_CHARS, stripBracketedNotes } from './bracketedNotes'

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

/**
 * Name parts: many HR rosters keep 姓 and 名 (and セイ and メイ) in columns of their own.
 * They are joined with a space into the name (reading) when the file has no whole-name column.
 */
export const NAME_PARTS = ['familyName', 'givenName', 'familyReading', 'givenReading'] as const
export type NamePart = (typeof NAME_PARTS)[number]
const PART_ALIASES: Readonly<Record<NamePart, readonly string[]>> = {
  familyName: ['姓', '氏', '苗字', '名字', 'lastname', 'familyname', 'surname'],
  givenName: ['名', '下の名前', 'firstname', 'givenname', 'forename'],
  familyReading: ['セイ', 'せい', '姓カナ', '姓かな', '姓フリガナ', '姓ふりがな', '姓よみ', 'lastnamekana', 'lastnamereading'],
  givenReading: ['メイ', 'めい', '名カナ', '名かな', '名フリガナ', '名ふりがな', '名よみ', 'firstnamekana', 'firstnamereading'],
}
/** which parts make up which field, in the order they are joined */
export const JOINED_FIELDS = { displayName: ['familyName', 'givenName'], reading: ['familyReading', 'givenReading'] } as const satisfies Partial<
  Record<RosterField, readonly [NamePart, NamePart]>
>

const PART_BY_HEADER = new Map<string, NamePart>(NAME_PARTS.flatMap((part) => PART_ALIASES[part].map((alias) => [normalizeHeader(alias), part] as const)))

export interface ColumnMapping {
  /** column index per recognised field; the first matching column wins */
  columns: Partial<Record<RosterField, number>>
  /** columns of name parts, used only for a field the file has no column of its own for */
  parts: Partial<Record<NamePart, number>>
  /** headers that were not used, to tell the trainer what was left out */
  ignored: string[]
}

export function mapRosterHeaders(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<RosterField, number>> = {}
  const parts: Partial<Record<NamePart, number>> = {}
  const ignored: string[] = []
  headers.forEach((header, index) => {
    const key = normalizeHeader(header)
    const field = FIELD_BY_HEADER.get(key)
    const part = PART_BY_HEADER.get(key)
    if (field && columns[field] === undefined) columns[field] = index
    else if (part && parts[part] === undefined) parts[part] = index
    else if (header.trim()) ignored.push(header.trim())
  })
  // a whole-name column wins over parts; parts it makes unnecessary are reported as not used
  for (const [field, fieldParts] of Object.entries(JOINED_FIELDS) as [keyof typeof JOINED_FIELDS, readonly NamePart[]][]) {
    if (columns[field] === undefined) continue
    for (const part of fieldParts) {
      const index = parts[part]
      if (index === undefined) continue
      delete parts[part]
      ignored.push((headers[index] ?? '').trim())
    }
  }
  return { columns, parts, ignored }
}

/** The file names the person somehow: a name column, or at least a 姓 or 名 column. */
export function hasNameColumn(mapping: ColumnMapping): boolean {
  return mapping.columns.displayName !== undefined || JOINED_FIELDS.displayName.some((part) => mapping.parts[part] !== undefined)
}
