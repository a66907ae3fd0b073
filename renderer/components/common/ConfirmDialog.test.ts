// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import ConfirmDialog from './ConfirmDialog.vue'

describe('ConfirmDialog', () => {
  it('asks before acting and reports the choice', async () => {
    const wrapper = mount(ConfirmDialog, {
      props: { open: true, title: 'Delete this workshop?', body: 'Its roster goes with it.', confirmLabel: 'Delete', danger: true },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await wrapper.vm.$nextTick()
    expect(wrapper.get('dialog').element.open).toBe(true)
    expect(wrapper.text()).toContain('Its roster goes with it.')
    await wrapper.get('[data-testid="confirm-cancel"]').trigger('click')
    await wrapper.get('[data-testid="confirm-ok"]').trigger('click')
    expect(Object.keys(wrapper.emitted())).toEqual(expect.arrayContaining(['cancel', 'confirm']))
    await wrapper.setProps({ open: false })
    expect(wrapper.get('dialog').element.open).toBe(false)
    wrapper.unmount()
  })
})
