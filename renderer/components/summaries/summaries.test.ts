// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import HiddenTeams from './HiddenTeams.vue'
import PeopleTables from './PeopleTables.vue'

const hostile = '<img src=x onerror="window.__pwned=1">'

describe('summary views render hostile text as text', () => {
  it('names a hidden team with its reason, as text', () => {
    const wrapper = mount(HiddenTeams, {
      global: { plugins: [i18n] },
      props: { groups: [{ key: hostile, people: 3, shown: false, reason: { code: 'tooFewPeople', minPeople: 5, people: 3, who: 'respondents' } }, { key: 'A', people: 6, shown: true, figures: {} }] },
    })
    expect(wrapper.findAll('[data-testid="hidden-team"]')).toHaveLength(1)
    expect(wrapper.text()).toContain(hostile)
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it("prints people's names and managers' names in the per-person view without making elements of them", () => {
    const wrapper = mount(PeopleTables, {
      global: { plugins: [i18n, createPinia()] },
      props: {
        people: {
          people: [{ label: hostile, side: 'member', team: '<script>x</script>', levels: { before: 2, after: 4, followUp: null } }],
          gaps: [{ team: 'A', managerParticipantId: 'm', managerLabel: hostile, memberLabel: 'b', managerLevel: 5, memberLevel: 2, gap: 3 }],
          managers: [
            {
              participantId: 'm',
              name: `<iframe src="https://evil.example"></iframe>`,
              team: 'A',
              figures: { identified: [], felt: [], totals: { identified: null, felt: null } },
              strengths: { strengths: [{ topicId: 'work', responseId: 'advice', ratings: 2, average: 4.5 }], weakSpots: [] },
            },
          ],
        },
      },
    })
    expect(wrapper.text()).toContain(hostile)
    expect(wrapper.text()).toContain('+3')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('iframe').exists()).toBe(false)
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })
})
