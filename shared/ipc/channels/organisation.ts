import { z } from 'zod'
import type { OrgConnectionResult, OrgPublishState, OrgSecretsState, OrgSettings } from '../../domain/organisation'
import type { OrgSummary } from '../../domain/orgSummary'
import { LOCALES } from '../../i18n/locales'
import { channel } from './define'

export const orgSettingsSchema = z
  .object({
    host: z.string().trim().max(255),
    port: z.number().int().min(1).max(65535),
    database: z.string().trim().max(63),
    user: z.string().trim().max(63),
    tls: z.boolean(),
    verifyCertificate: z.boolean(),
    caFile: z.string().max(4096).nullable(),
    publishNames: z.boolean(),
    autoPublish: z.boolean(),
    minPeople: z.number().int().min(2).max(100),
  })
  .strict()

export interface OrgSettingsView {
  settings: OrgSettings
  secrets: OrgSecretsState
}

export interface OrgWorkshopPublication {
  workshopId: string
  title: string
  scheduledAt: string | null
  published: boolean
  waiting: number
}

export interface OrgPublishView {
  configured: boolean
  state: OrgPublishState
  workshops: OrgWorkshopPublication[]
}

export const orgGroupings = ['team', 'place', 'trainer', 'period'] as const
export type OrgGrouping = (typeof orgGroupings)[number]

const noInput = z.object({}).strict()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const organisationChannels = {
  'org.getSettings': channel<OrgSettingsView>()({ input: noInput, audience: ['trainer'] }),
  'org.saveSettings': channel<OrgSettingsView>()({ input: z.object({ settings: orgSettingsSchema }).strict(), audience: ['trainer'] }),
  'org.setSecret': channel<OrgSettingsView>()({
    input: z.object({ name: z.enum(['password', 'personKey']), value: z.string().min(1).max(1000).nullable() }).strict(),
    audience: ['trainer'],
  }),
  /** the text of a chosen CA certificate file (PEM), or null to use the computer's certificate authorities */
  'org.setCaCertificate': channel<OrgSettingsView>()({ input: z.object({ pem: z.string().min(1).max(200_000).nullable() }).strict(), audience: ['trainer'] }),
  'org.testConnection': channel<OrgConnectionResult>()({ input: noInput, audience: ['trainer'] }),
  'org.publishView': channel<OrgPublishView>()({ input: noInput, audience: ['trainer'] }),
  'org.setPublished': channel<OrgPublishView>()({ input: z.object({ workshopId: z.string().min(1).max(100), published: z.boolean() }).strict(), audience: ['trainer'] }),
  'org.publishNow': channel<OrgPublishView>()({ input: noInput, audience: ['trainer'] }),
  'org.summary': channel<OrgSummary>()({
    input: z.object({ from: day, to: day, by: z.enum(orgGroupings) }).strict(),
    audience: ['trainer'],
  }),
  /** the same figures as an XLSX workbook (a few hundred rows: sent whole, the renderer saves it) */
  'org.exportXlsx': channel<{ fileName: string; base64: string }>()({
    input: z.object({ from: day, to: day, by: z.enum(orgGroupings), locale: z.enum(LOCALES) }).strict(),
    audience: ['trainer'],
  }),
} as const
