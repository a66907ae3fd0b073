import { describe, expect, it } from 'vitest'
import { hasNameColumn, mapRosterHeaders } from './rosterColumns'
import { parseWorkplaceRole } from './rosterRoles'

describe('roster headers', () => {
  it('are recognised in Japanese', () => {
    expect(mapRosterHeaders(['氏名', 'フリガナ', '所属', '役割', '社員番号', 'メールアドレス']).columns).toEqual({
      displayName: 0,
      reading: 1,
      team: 2,
      workplaceRole: 3,
      employeeId: 4,
      email: 5,
    })
    expect(mapRosterHeaders(['名前', 'よみ', '部署', 'ロール', 'メール']).columns).toEqual({
      displayName: 0,
      reading: 1,
      team: 2,
      workplaceRole: 3,
      email: 4,
    })
  })

  it('are recognised in English, whatever the case, spacing or punctuation', () => {
    expect(mapRosterHeaders(['Display Name', 'Furigana', 'Department', 'ROLE', 'Employee ID', 'E-mail']).columns).toEqual({
      displayName: 0,
      reading: 1,
      team: 2,
      workplaceRole: 3,
      employeeId: 4,
      email: 5,
    })
    expect(mapRosterHeaders(['name', 'kana', 'team', 'e_mail address']).columns).toMatchObject({ displayName: 0, reading: 1, team: 2 })
  })

  it('match full-width forms and ignore a note in brackets', () => {
    expect(mapRosterHeaders(['氏名（漢字）', 'ＮＡＭＥ', 'ﾌﾘｶﾞﾅ', '所属【課】']).columns).toEqual({ displayName: 0, reading: 2, team: 3 })
  })

  it('list the columns they leave out, and take the first of two name columns', () => {
    const mapping = mapRosterHeaders(['No.', '氏名', '名前', '', '備考'])
    expect(mapping.columns).toEqual({ displayName: 1 })
    expect(mapping.ignored).toEqual(['No.', '名前', '備考'])
  })
})

describe('name parts', () => {
  it('find 姓 / 名 and セイ / メイ columns, in Japanese and English, when there is no whole-name column', () => {
    const mapping = mapRosterHeaders(['社員番号', '姓', '名', 'セイ', 'メイ', '所属'])
    expect(mapping.columns).toEqual({ employeeId: 0, team: 5 })
    expect(mapping.parts).toEqual({ familyName: 1, givenName: 2, familyReading: 3, givenReading: 4 })
    expect(hasNameColumn(mapping)).toBe(true)
    expect(mapRosterHeaders(['Last name', 'First name']).parts).toEqual({ familyName: 0, givenName: 1 })
    expect(hasNameColumn(mapRosterHeaders(['セイ', 'メイ']))).toBe(false)
  })

  it('give way to a whole-name column, and are then listed as not used', () => {
    const mapping = mapRosterHeaders(['氏名', '姓', '名', 'フリガナ'])
    expect(mapping.columns).toEqual({ displayName: 0, reading: 3 })
    expect(mapping.parts).toEqual({})
    expect(mapping.ignored).toEqual(['姓', '名'])
  })
})

describe('workplace roles', () => {
  it('read Japanese and English words for a manager', () => {
    for (const word of ['マネジャー', 'マネージャー', '上司', '管理職', 'manager', 'Mgr', 'ＭＧＲ', ' Manager ']) {
      expect(parseWorkplaceRole(word), word).toBe('manager')
    }
  })

  it('read Japanese and English words for a member, and an empty cell as a member', () => {
    for (const word of ['メンバー', '部下', 'member', 'Member', 'ﾒﾝﾊﾞｰ', '']) expect(parseWorkplaceRole(word), word).toBe('member')
  })

  it('refuse a value they do not know', () => {
    expect(parseWorkplaceRole('社長')).toBeNull()
    expect(parseWorkplaceRole('boss')).toBeNull()
  })
})
