// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import HeatmapTable from './HeatmapTable.vue'

// chart.js needs a real canvas; the figure's contract here is its text and its table
vi.mock('./chartSetup', () => ({
  Chart: class {
    destroy(): void {}
  },
  patternFill: (color: string) => color,
  valueMarks: () => ({ id: 'valueMarks' }),
}))
const { default: ChartFigure } = await import('./ChartFigure.vue')

describe('ChartFigure', () => {
  it('says what it shows and carries the same numbers as a table, toggled for sighted users', async () => {
    const wrapper = mount(ChartFigure, {
      global: { plugins: [i18n] },
      props: {
        title: 'チームの構成',
        description: 'チームごとの人数',
        xLabel: 'チーム',
        yLabel: '人数',
        data: { categories: ['営業1課', '営業2課'], series: [{ label: 'マネージャー', values: [1, null] }, { label: 'メンバー', values: [5, 4.256] }] },
      },
    })
    const figure = wrapper.get('figure')
    expect(wrapper.get(`#${figure.attributes('aria-describedby')}`).text()).toBe('チームごとの人数')
    expect(wrapper.get('canvas').attributes('aria-hidden')).toBe('true')
    const table = wrapper.get('[data-testid="chart-table"]')
    expect(table.classes()).toContain('visually-hidden')
    expect(table.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual([
      ['営業1課', '1', '5'],
      ['営業2課', 'データなし', '4.26'],
    ])
    await wrapper.get('button').trigger('click')
    expect(table.classes()).not.toContain('visually-hidden')
    expect(wrapper.get('button').attributes('aria-expanded')).toBe('true')
  })
})

describe('HeatmapTable', () => {
  it('prints every number, shades by value, and shows the reason instead of a small team’s figures', () => {
    const wrapper = mount(HeatmapTable, {
      global: { plugins: [i18n] },
      props: {
        title: '観点別スコア',
        description: 'チーム × 観点',
        rowHeader: 'チーム',
        columns: ['信頼', '心理的安全性'],
        min: 1,
        max: 5,
        rows: [
          { label: '営業1課', values: [1, 5] },
          { label: '企画室', values: [4, 4], hiddenReason: '3 人のデータのため表示しません' },
        ],
      },
    })
    const cells = wrapper.findAll('.heatmap__cell')
    expect(cells.map((c) => c.text())).toEqual(['1.0', '5.0'])
    expect(cells[0]!.attributes('style')).not.toBe(cells[1]!.attributes('style'))
    const hidden = wrapper.get('.heatmap__hidden')
    expect(hidden.text()).toContain('3 人')
    expect(hidden.attributes('colspan')).toBe('2')
    expect(wrapper.text()).not.toContain('4.0')
  })
})

describe('a 0 and a missing figure are told apart', () => {
  it('in a chart table: "0", "no data", and the reason of a hidden figure', () => {
    const wrapper = mount(ChartFigure, {
      global: { plugins: [i18n] },
      props: {
        title: '見抜けた割合',
        description: '求める対応ごと',
        xLabel: '求める対応',
        yLabel: '%',
        data: { categories: ['助言', '傾聴', '意見'], series: [{ label: '見抜けた割合', values: [0, null, null], notes: [null, null, '非表示（上司役を練習した人 2 人）'] }] },
      },
    })
    const cells = wrapper.findAll('[data-testid="chart-table"] tbody td')
    expect(cells.map((c) => [c.text(), c.attributes('data-missing') ?? 'value'])).toEqual([
      ['0', 'value'],
      ['データなし', 'none'],
      ['非表示（上司役を練習した人 2 人）', 'hidden'],
    ])
  })

  it('in a heatmap: "0.0", "no data" and "hidden"', () => {
    const wrapper = mount(HeatmapTable, {
      global: { plugins: [i18n] },
      props: {
        title: 'すっきり度',
        description: 'トピック × 求める対応',
        rowHeader: 'トピック',
        columns: ['a', 'b', 'c'],
        rows: [{ label: '仕事', values: [0, null, null], notes: [null, null, '非表示（上司役を練習した人 1 人）'] }],
      },
    })
    const cells = wrapper.findAll('.heatmap__cell')
    expect(cells.map((c) => [c.text(), c.attributes('data-missing') ?? 'value'])).toEqual([
      ['0.0', 'value'],
      ['データなし', 'none'],
      ['非表示', 'hidden'],
    ])
    expect(cells[2]!.attributes('title')).toBe('非表示（上司役を練習した人 1 人）')
  })
})
