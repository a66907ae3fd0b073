import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContentLibrary } from '../../electron/main/services/contentLoader'
import { cardViewFor } from './cardView'
import { snapshotCard } from './cardSnapshot'
import { dealCards } from './dealing'

const library = loadContentLibrary(join(__dirname, '../../resources/content'))

describe('the snapshot of a dealt card', () => {
  it('copies the texts, so changing the library afterwards leaves the card as dealt', () => {
    const [card] = dealCards({ groups: [[{ managerId: 'm' }]], topics: library.topics, responses: library.responses, scenarios: library.scenarios, mode: 'balanced', seed: 7 })[0] ?? []
    if (!card) throw new Error('no card')
    const editable = structuredClone(library)
    const snapshot = snapshotCard(card, editable)
    const dealt = editable.scenarios.find((s) => s.id === card.scenarioId)
    if (!dealt) throw new Error('no scenario')
    const before = dealt.openingLine.en
    dealt.openingLine.en = 'edited later'
    expect(snapshot.scenario?.openingLine.en).toBe(before)
    const group = { seats: [{ participantId: 'm', role: 'manager' as const }], card: { ...card, snapshot } }
    const state = { blind: true, managerAnswered: false, trainerRevealed: false }
    expect(cardViewFor('member', { roundIndex: 0, groupIndex: 0 }, group, state, () => 'x').scenario?.openingLine.en).toBe(before)
    // only the member sees the scenario
    expect(cardViewFor('manager', { roundIndex: 0, groupIndex: 0 }, group, state, () => 'x').scenario).toBeNull()
  })

  it('deals only scenarios of the difficulty asked for, where the cell has one', () => {
    const mixed = { ...library.scenarios[0]!, id: 'mixed-one', difficulty: 'mixed' as const }
    const groups = [[{ managerId: 'm' }]]
    const chosen = [[{ topicId: mixed.topicId, responseId: mixed.responseId }]]
    const deal = (difficulty: 'mixed' | 'clear') =>
      dealCards({ groups, topics: library.topics, responses: library.responses, scenarios: [...library.scenarios, mixed], mode: 'chosen', chosen, seed: 1, difficulty })[0]?.[0]?.scenarioId
    expect(deal('mixed')).toBe('mixed-one')
    expect(deal('clear')).not.toBe('mixed-one')
  })
})
