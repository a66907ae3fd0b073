import { describe, expect, it } from 'vitest'
import { exportLabels, type LabelSource } from './exportLabels'

const w = (ja: string, en: string) => ({ ja, en })
// the few fields the labels read; the rest of each item does not matter here
const library = {
  topics: [{ id: 'career', title: w('今後のキャリア', 'Future career') }],
  responses: [{ id: 'advice', memberWants: w('具体的なやり方を教えてほしい', "I'd like concrete advice"), approachId: 'teaching' }],
  scripts: [{ id: 'teaching', name: w('ティーチング', 'Teaching') }],
  checklists: [{ id: 'common', items: [{ id: 'grasp-topic', text: w('何について話したいかを確かめた', 'Confirmed the topic') }, { id: 'agree-next', text: w('次回までを合意した', 'Agreed a next step') }] }],
  assessments: [
    {
      perspectives: [{ id: 'trust', name: w('相互理解・信頼', 'Trust') }],
      statements: [
        { id: 'lv1-regular', kind: 'level', level: 1, member: w('定期的に話せている。', 'We talk regularly.'), manager: w('定期的に話している。', 'I talk regularly.') },
        { id: 'p-trust-rely', kind: 'perspective', perspective: 'trust', member: w('頼れる。', 'I can rely on them.'), manager: w('頼られる。', 'They rely on me.') },
      ],
    },
  ],
} as unknown as LabelSource

describe('export labels', () => {
  it('name content ids in the workshop’s content language', () => {
    const ja = exportLabels(library, 'ja')
    expect([ja.topic('career'), ja.response('advice'), ja.approach('teaching'), ja.approachIdOf('advice')]).toEqual([
      '今後のキャリア',
      '具体的なやり方を教えてほしい',
      'ティーチング',
      'teaching',
    ])
    const en = exportLabels(library, 'en')
    expect([en.topic('career'), en.response('advice'), en.approach('teaching')]).toEqual(['Future career', "I'd like concrete advice", 'Teaching'])
  })

  it('name the fixed codes: roles, sides, who entered it, a "can’t say" answer', () => {
    const ja = exportLabels(library, 'ja')
    expect([ja.role('manager'), ja.role('member'), ja.side('manager'), ja.enteredBy('self'), ja.enteredBy('trainer'), ja.response('unsure')]).toEqual([
      'マネジャー',
      'メンバー',
      '上司',
      '本人',
      'トレーナーが代わりに入力',
      'わからない',
    ])
    expect(exportLabels(library, 'en').enteredBy('trainer')).toBe('Trainer, on their behalf')
  })

  it('join checklist items into one cell, and head statement columns with their number, group and wording', () => {
    const ja = exportLabels(library, 'ja')
    expect(ja.checklistItems(['grasp-topic', 'agree-next'])).toBe('何について話したいかを確かめた、次回までを合意した')
    expect(ja.statementHeader('lv1-regular')).toBe('Q1（Lv1）定期的に話せている。')
    expect(exportLabels(library, 'en').statementHeader('p-trust-rely')).toBe('Q2 (Trust) I can rely on them.')
  })

  it('keep an id they do not know as it is, and an empty value empty', () => {
    const ja = exportLabels(library, 'ja')
    expect(ja.topic('gone-pack-topic')).toBe('gone-pack-topic')
    expect(ja.checklistItems(['old-item'])).toBe('old-item')
    expect(ja.topic(null)).toBeNull()
    expect(ja.response('')).toBeNull()
    expect(ja.statementHeader('nope')).toBe('nope')
  })
})
