import { describe, expect, it } from 'vitest'
import { compareParticipants, matchesParticipantSearch, type Participant } from './workshop'

const p = (displayName: string, reading: string, team: string): Participant => ({
  id: displayName,
  workshopId: 'w',
  displayName,
  reading,
  team,
  workplaceRole: 'member',
  employeeId: '',
  email: '',
  createdAt: '',
  updatedAt: '',
})

describe('participants', () => {
  it('sort by team, then by reading (falling back to the name)', () => {
    const sorted = [p('渡辺', 'わたなべ', 'A'), p('伊藤', 'いとう', 'B'), p('青木', 'あおき', 'A')].sort(compareParticipants)
    expect(sorted.map((x) => x.displayName)).toEqual(['青木', '渡辺', '伊藤'])
  })

  it('are found by name or reading, whatever the character width', () => {
    const sato = p('佐藤 花子', 'サトウ ハナコ', '営業')
    expect(matchesParticipantSearch(sato, 'ｻﾄｳ')).toBe(true)
    expect(matchesParticipantSearch(sato, '花子')).toBe(true)
    expect(matchesParticipantSearch(sato, '田中')).toBe(false)
    expect(matchesParticipantSearch(sato, '  ')).toBe(true)
  })
})
