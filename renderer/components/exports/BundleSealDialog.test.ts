// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import BundleSealDialog from './BundleSealDialog.vue'

const mountDialog = () => mount(BundleSealDialog, { global: { plugins: [i18n] }, props: { open: true }, attachTo: document.body })

describe('BundleSealDialog', () => {
  it('hands on the passphrase only when typed twice alike and long enough; never a plain bundle unasked', async () => {
    const wrapper = mountDialog()
    await wrapper.get('[data-testid="seal-passphrase"]').setValue('short')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-testid="seal-problem"]').text()).toContain('8 文字以上')
    await wrapper.get('[data-testid="seal-passphrase"]').setValue('correct horse')
    await wrapper.get('[data-testid="seal-passphrase-again"]').setValue('correct hors')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-testid="seal-problem"]').text()).toContain('一致しません')
    expect(wrapper.emitted('confirm')).toBeUndefined()
    await wrapper.get('[data-testid="seal-passphrase-again"]').setValue('correct horse')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('confirm')).toEqual([[{ passphrase: 'correct horse' }]])
    wrapper.unmount()
  })

  it('writes a plain bundle only after the box is ticked, with the warning shown', async () => {
    const wrapper = mountDialog()
    expect(wrapper.find('[data-testid="seal-plain-warning"]').exists()).toBe(false)
    await wrapper.get('[data-testid="seal-plain"]').setValue(true)
    expect(wrapper.get('[data-testid="seal-plain-warning"]').text()).toContain('誰でも')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('confirm')).toEqual([[{ plainBundle: true }]])
    wrapper.unmount()
  })

  it('forgets what was typed when it closes', async () => {
    const wrapper = mountDialog()
    await wrapper.get('[data-testid="seal-passphrase"]').setValue('correct horse')
    await wrapper.get('[data-testid="seal-plain"]').setValue(true)
    await wrapper.setProps({ open: false })
    await wrapper.setProps({ open: true })
    expect((wrapper.get('[data-testid="seal-passphrase"]').element as HTMLInputElement).value).toBe('')
    expect((wrapper.get('[data-testid="seal-plain"]').element as HTMLInputElement).checked).toBe(false)
    wrapper.unmount()
  })
})
