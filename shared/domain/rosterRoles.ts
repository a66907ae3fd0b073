/**
 * What a roster's role cell means. Company rosters carry job titles (課長, 主任, 一般) rather
 * than our two roles, so the common titles map to manager / member; anything else is asked
 * row by row in the import preview, never guessed.
 */
import { normalizeHeader as normalizeRosterWord } from './rosterColumns'
import type { WorkplaceRole } from './workshop'

export const ROLE_WORDS: Readonly<Record<WorkplaceRole, readonly string[]>> = {
  manager: [
    'マネジャー', 'マネージャー', 'マネージャ', 'マネジャ', '上司', '上長', '管理職', '役職者',
    '課長', '部長', '係長', '主任', 'manager', 'mgr', 'mngr',
  ],
  member: ['メンバー', 'メンバ', '部下', '一般', '担当', '社員', 'member', 'mbr', 'staff'],
}
const ROLE_BY_WORD = new Map<string, WorkplaceRole>(
  (Object.keys(ROLE_WORDS) as WorkplaceRole[]).flatMap((role) => ROLE_WORDS[role].map((w) => [normalizeRosterWord(w), role] as const)),
)

/**
 * The workplace role a cell names; an empty cell means a member (rosters often mark
 * only the managers); null when the value is not one we know.
 */
export function parseWorkplaceRole(value: string): WorkplaceRole | null {
  const key = normalizeRosterWord(value)
  if (!key) return 'member'
  return ROLE_BY_WORD.get(key) ?? null
}

export interface RoleWordMapping {
  /** the word as the file spells it (trimmed) */
  word: string
  /** null: not a word we know, the trainer picks the role on each such row */
  role: WorkplaceRole | null
  rows: number
}

/**
 * The role words of a file and what each becomes, for the preview to show ("課長 → manager
 * (3 rows)"): the manager words, then the member words, then the ones the trainer must decide,
 * each group in the order the words first appear. Empty cells and words that already are our
 * own role names are left out: there is nothing to explain about them.
 */
export function roleWordMapping(values: readonly string[]): RoleWordMapping[] {
  const own = new Set(['manager', 'member', 'マネジャー', 'メンバー'].map(normalizeRosterWord))
  const byKey = new Map<string, RoleWordMapping>()
  for (const value of values) {
    const key = normalizeRosterWord(value)
    if (!key || own.has(key)) continue
    const found = byKey.get(key)
    if (found) found.rows += 1
    else byKey.set(key, { word: value.trim(), role: ROLE_BY_WORD.get(key) ?? null, rows: 1 })
  }
  const rank = (m: RoleWordMapping): number => (m.role === 'manager' ? 0 : m.role === 'member' ? 1 : 2)
  return [...byKey.values()].sort((a, b) => rank(a) - rank(b))
}
