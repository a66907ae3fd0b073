// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { applyLocale, i18n } from '@/i18n'
import ContentProblems from './ContentProblems.vue'

describe('ContentProblems', () => {
  it('names the file, the field and the reason in the chosen language', async () => {
    const problems = [
      { file: 'topics.json', field: 'topics[3].title.en', kind: 'missingField' as const },
      { file: 'levels.json', field: '', kind: 'invalidJson' as const },
    ]
    const wrapper = mount(ContentProblems, { props: { problems }, global: { plugins: [i18n] } })
    await applyLocale('en') // English is its own chunk, loaded on the first switch
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('topics.json, field topics[3].title.en: a required field is missing')
    expect(wrapper.text()).toContain('levels.json: the file is not valid JSON')
    await applyLocale('ja')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('topics.json の topics[3].title.en: 必須の項目がありません')
  })

  it('shows nothing when every file loaded', () => {
    const wrapper = mount(ContentProblems, { props: { problems: [] }, global: { plugins: [i18n] } })
    expect(wrapper.find('[data-testid="content-problems"]').exists()).toBe(false)
  })
})
