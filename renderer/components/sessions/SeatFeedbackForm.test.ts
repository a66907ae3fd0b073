// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { RESPONSE_IDS, type Checklist, type ContentLibrary } from '@shared/content/schemas'
import type { FeedbackBody } from '@shared/domain/session'
import { i18n } from '@/i18n'
import SeatFeedbackForm from './SeatFeedbackForm.vue'

const text = (s: string) => ({ ja: s, en: s })
const responses = RESPONSE_IDS.map((id) => ({ id, memberWants: text(id) }))
const checklists: Checklist[] = [
  { id: 'common', items: ['grasp-topic', 'grasp-request', 'agree-next'].map((id) => ({ id, text: text(id) })) },
]
// only what the form reads
const library = { responses, checklists } as unknown as ContentLibrary

function mountForm(role: 'member' | 'observer', submit: (body: FeedbackBody) => Promise<boolean>) {
  return mount(SeatFeedbackForm, {
    props: { role, name: '佐藤', participantId: 'p1', library, checklists, saved: undefined, submit },
    global: { plugins: [i18n, createPinia()] },
  })
}

describe('SeatFeedbackForm', () => {
  it('says saved only once the submission has been committed, and not when it failed', async () => {
    let commit: (ok: boolean) => void = () => {}
    const sent: FeedbackBody[] = []
    const wrapper = mountForm('member', (body) => {
      sent.push(body)
      return new Promise((done) => (commit = done))
    })
    await wrapper.find('[data-testid="felt-4"]').setValue(true)
    await wrapper.find('[data-testid="answer-listen"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(sent).toEqual([{ role: 'member', feltCleared: 4, receivedResponse: 'listen', comment: '' }])
    expect(wrapper.find('[data-testid="feedback-state"]').text()).toBe('')
    expect(wrapper.find('[data-testid="feedback-submit"]').attributes('disabled')).toBeDefined()
    commit(false)
    await flushPromises()
    expect(wrapper.find('[data-testid="feedback-state"]').text()).toBe('')
    await wrapper.find('form').trigger('submit')
    commit(true)
    await flushPromises()
    expect(wrapper.find('[data-testid="feedback-state"]').text()).toContain('保存済み')
  })

  it('asks for the rating before sending a member form, and sends an observer\'s ticks', async () => {
    const sent: FeedbackBody[] = []
    const record = async (body: FeedbackBody): Promise<boolean> => {
      sent.push(body)
      return true
    }
    const member = mountForm('member', record)
    await member.find('[data-testid="answer-unsure"]').setValue(true)
    await member.find('form').trigger('submit')
    expect(sent).toEqual([])
    expect(member.find('[data-testid="feedback-state"]').text()).toContain('「すっきり」度を選んでください')

    const observer = mountForm('observer', record)
    await observer.find('[data-testid="tick-grasp-topic"]').setValue(true)
    await observer.find('[data-testid="tick-agree-next"]').setValue(true)
    await observer.find('[data-testid="answer-advice"]').setValue(true)
    await observer.find('form').trigger('submit')
    await flushPromises()
    expect(sent).toEqual([{ role: 'observer', ticks: ['grasp-topic', 'agree-next'], seenResponse: 'advice', comment: '' }])
  })
})
