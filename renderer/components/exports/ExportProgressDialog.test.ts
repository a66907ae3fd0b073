// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ExportJobStatus } from '@shared/ipc/channels/exports'
import { i18n } from '@/i18n'
import ExportProgressDialog from './ExportProgressDialog.vue'

const status = (over: Partial<ExportJobStatus>): ExportJobStatus => ({
  jobId: 'j',
  kind: 'workshop.xlsx',
  state: 'running',
  progress: 0.42,
  phase: 'writing',
  files: [],
  savedTo: 'download',
  errorCode: null,
  ...over,
})

describe('ExportProgressDialog', () => {
  it('shows progress for assistive technology and offers cancel while running', async () => {
    const wrapper = mount(ExportProgressDialog, { global: { plugins: [i18n] }, props: { open: false, status: status({}) } })
    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('42')
    expect(wrapper.get('[data-testid="export-phase"]').text()).toContain('42%')
    await wrapper.get('[data-testid="export-cancel"]').trigger('click')
    expect(wrapper.emitted('cancel')).toHaveLength(1)
  })

  it('says what happened when done, cancelled or failed', async () => {
    const wrapper = mount(ExportProgressDialog, {
      global: { plugins: [i18n] },
      props: { open: false, status: status({ state: 'done', progress: 1, files: [{ name: '研修.xlsx', size: 10 }] }) },
    })
    expect(wrapper.get('[data-testid="export-outcome"]').text()).toContain('研修.xlsx')
    expect(wrapper.find('[data-testid="export-cancel"]').exists()).toBe(false)
    await wrapper.setProps({ status: status({ state: 'cancelled' }) })
    expect(wrapper.get('[data-testid="export-outcome"]').text()).toContain('ファイルは作られていません')
    await wrapper.setProps({ status: status({ state: 'failed', errorCode: 'STORAGE_FULL' }) })
    expect(wrapper.get('[data-testid="export-outcome"]').text()).toContain('書き出せませんでした')
  })
})
