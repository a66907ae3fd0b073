// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, ref } from 'vue'
import TabList from './TabList.vue'

const Host = defineComponent({
  components: { TabList },
  setup() {
    const current = ref('a')
    const tabs = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ]
    return { current, tabs }
  },
  template: '<TabList v-model="current" :tabs="tabs" label="Sections" id-prefix="t" /><p id="out">{{ current }}</p>',
})

describe('TabList', () => {
  it('moves between tabs with the arrow keys, Home and End, wrapping at the ends', async () => {
    const wrapper = mount(Host, { attachTo: document.body })
    const tab = (id: string) => wrapper.get(`[data-testid="tab-${id}"]`)
    expect(tab('a').attributes('aria-selected')).toBe('true')
    expect(tab('b').attributes('tabindex')).toBe('-1')

    await tab('a').trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.get('#out').text()).toBe('b')
    expect(tab('b').attributes('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(tab('b').element)

    await tab('b').trigger('keydown', { key: 'End' })
    expect(wrapper.get('#out').text()).toBe('c')
    await tab('c').trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.get('#out').text()).toBe('a')
    await tab('a').trigger('keydown', { key: 'ArrowLeft' })
    expect(wrapper.get('#out').text()).toBe('c')
    await tab('c').trigger('keydown', { key: 'Home' })
    expect(wrapper.get('#out').text()).toBe('a')
    wrapper.unmount()
  })
})
