// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { BundlePreview } from '@shared/ipc/channels/exports'
import type { ContentLibrary } from '@shared/content/schemas'
import { applyLocale, i18n } from '@/i18n'
import { useContentStore } from '@/stores/useContentStore'
import BundleImportPreview from './BundleImportPreview.vue'

const PERSON = '3f6c2b8e-1d4a-4c7e-9b2f-6a1e0d5c8b71'
const PLAN = '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d'
const preview: Extract<BundlePreview, { valid: true }> = {
  valid: true,
  uploadId: '11111111-2222-4333-8444-555555555555',
  exportedAt: '2026-12-01T01:00:00.000Z',
  sourceInstallationId: 'kiosk',
  sameInstallation: false,
  sealed: true,
  tables: [
    {
      table: 'participants',
      added: 0,
      identical: 4,
      conflicts: [
        {
          id: PERSON,
          subject: { workshop: '新任マネジャー研修', person: '佐藤 花子', round: null },
          differences: [
            { column: 'team', mine: '営業一課', theirs: '企画室' },
            { column: 'workplace_role', mine: 'member', theirs: 'manager' },
          ],
        },
      ],
    },
    {
      table: 'session_feedback',
      added: 0,
      identical: 0,
      conflicts: [
        {
          id: 'fb-1',
          subject: { workshop: '新任マネジャー研修', person: '鈴木 一郎', round: 1 },
          differences: [
            { column: 'plan_id', mine: PLAN, theirs: PLAN.replace('9a', '9b') },
            { column: 'felt_cleared', mine: 3, theirs: 4 },
            { column: 'received_response', mine: 'listen', theirs: 'advice' },
          ],
        },
      ],
    },
  ],
}

/** the two responses the conflict names, as the content library has them */
const library = {
  topics: [],
  responses: [
    { id: 'listen', memberWants: { ja: 'まずは話を聞いてほしい', en: 'I just need you to listen' } },
    { id: 'advice', memberWants: { ja: '具体的なやり方を教えてほしい', en: "I'd like concrete advice" } },
  ],
} as unknown as ContentLibrary

const mountPreview = () => {
  const pinia = createPinia()
  // already loaded: the preview asks the main process for nothing
  useContentStore(pinia).library = library
  return mount(BundleImportPreview, { global: { plugins: [i18n, pinia] }, props: { preview, busy: false, choices: {} } })
}

describe('BundleImportPreview conflicts', () => {
  it("names the person, the round and each field in the trainer's words, never an id or a column name", async () => {
    await applyLocale('ja')
    const text = mountPreview().get('.conflict-list').text()
    for (const shown of ['佐藤 花子（新任マネジャー研修）', 'チーム', '職場での役割', 'マネジャー', 'メンバー', '企画室', '鈴木 一郎・ラウンド 2', 'すっきり度', 'ロールプレイの計画', '受け取った対応', 'まずは話を聞いてほしい', '具体的なやり方を教えてほしい']) {
      expect(text).toContain(shown)
    }
    for (const hidden of [PERSON, PLAN, 'fb-1', 'team', 'workplace_role', 'felt_cleared', 'plan_id', 'manager', 'listen', 'advice']) expect(text).not.toContain(hidden)
  })

  it('speaks English too', async () => {
    await applyLocale('en')
    const text = mountPreview().get('.conflict-list').text()
    for (const shown of ['佐藤 花子 (新任マネジャー研修)', 'Team', 'Role at work', 'Manager', '鈴木 一郎, round 2', 'Felt cleared', 'I just need you to listen']) expect(text).toContain(shown)
    expect(text).not.toContain(PERSON)
    expect(text).not.toContain('workplace_role')
    await applyLocale('ja')
  })
})
