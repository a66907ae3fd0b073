import { describe, expect, it } from 'vitest'
import { parseWorkplaceRole, roleWordMapping } from './rosterRoles'

describe('job titles on a company roster', () => {
  it('map the common Japanese manager titles to manager', () => {
    for (const word of ['課長', '部長', '係長', '主任', '役職者', 'マネージャー', ' 課長 ', 'ﾏﾈｰｼﾞｬｰ']) expect(parseWorkplaceRole(word), word).toBe('manager')
  })

  it('map the common Japanese member words to member', () => {
    for (const word of ['一般', '担当', 'メンバー', '社員']) expect(parseWorkplaceRole(word), word).toBe('member')
  })

  it('leave a title we do not know to the trainer', () => {
    for (const word of ['社長', '専務', 'リーダー', '課長代理']) expect(parseWorkplaceRole(word), word).toBeNull()
  })
})

describe('the role mapping the preview shows', () => {
  it('lists each word of the file once, with its role and how many rows use it: managers, members, then unknown words', () => {
    expect(roleWordMapping(['課長', '一般', '', '一般', '社長', 'メンバー', '部長', '一般 ', 'manager'])).toEqual([
      { word: '課長', role: 'manager', rows: 1 },
      { word: '部長', role: 'manager', rows: 1 },
      { word: '一般', role: 'member', rows: 3 },
      { word: '社長', role: null, rows: 1 },
    ])
  })

  it('is empty for a roster that already speaks in our own roles', () => {
    expect(roleWordMapping(['マネジャー', 'メンバー', 'Manager', 'member', ''])).toEqual([])
  })
})
