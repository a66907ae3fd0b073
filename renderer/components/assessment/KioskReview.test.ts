// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/content/assessmentSchema'
import { i18n } from '@/i18n'
import { useKioskSessionStore } from '@/stores/useKioskSessionStore'
import KioskReview from './KioskReview.vue'

const text = (s: string) => ({ ja: s, en: s })
// only what the review reads: the scale's labels and the statements
const questionnaire = {
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(`v${value}`) })),
  statements: [{ id: 's1', member: text('聞いてもらえた'), manager: text('聞いた') }],
} as unknown as Assessment

describe('KioskReview', () => {
  // Before: a disk I/O error (STORAGE_IO) showed the participant the generic "could not be saved" words.
  it('tells a participant a failing disk apart from a full one, keeping the answers on screen', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const session = useKioskSessionStore()
    session.errorCode = 'STORAGE_IO'
    const wrapper = mount(KioskReview, { props: { questionnaire }, global: { plugins: [i18n, pinia] } })
    const failure = wrapper.get('[data-testid="kiosk-send-failed"]').text()
    expect(failure).toContain('ディスクに書き込めず')
    expect(failure).toContain('空き容量の問題ではありません')
    expect(failure).not.toContain('保存領域が足りず')
  })
})
