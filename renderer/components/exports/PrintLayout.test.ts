// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import PrintLayout from './PrintLayout.vue'

const hostile = '<img src=x onerror="window.__pwned=1">'

describe('PrintLayout', () => {
  it('renders hostile names as text: no element, no handler, no request', () => {
    const wrapper = mount(PrintLayout, {
      global: { plugins: [i18n] },
      props: {
        kicker: 'Taiwa',
        title: hostile,
        meta: [`<script>window.__pwned=1</script>`],
        sections: [{ id: 't1', title: `<iframe src="https://evil.example"></iframe>` }],
        glossaryTitle: 'Glossary',
      },
      slots: { section: '<p class="body">section body</p>', glossary: '<dl><dt>Lv1</dt></dl>' },
    })
    expect(wrapper.get('[data-testid="print-title"]').text()).toBe(hostile)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('iframe').exists()).toBe(false)
    expect(wrapper.html()).toContain('&lt;img src=x')
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('has a cover with a table of contents, one section per entry and a glossary', () => {
    const wrapper = mount(PrintLayout, {
      global: { plugins: [i18n] },
      props: { kicker: 'Taiwa', title: '勉強会', meta: ['2026年12月1日'], sections: [{ id: 'a', title: '営業1課' }, { id: 'b', title: '営業2課' }], glossaryTitle: '用語集' },
      slots: { section: '<p class="body">x</p>' },
    })
    expect(wrapper.findAll('.print-toc li').map((li) => li.text())).toEqual(['営業1課', '営業2課', '用語集'])
    expect(wrapper.findAll('.print-section')).toHaveLength(2)
    expect(wrapper.find('.print-glossary').exists()).toBe(true)
  })
})
