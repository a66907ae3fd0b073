import { DEFAULT_ORG_SETTINGS, isOrgConfigured, type OrgConnectionResult, type OrgSecretsState, type OrgSettings } from '@shared/domain/organisation'
import { AppError } from '@shared/domain/errors'
import { orgSettingsSchema, type OrgSettingsView } from '@shared/ipc/channels/organisation'
import type { SettingsRepo } from '../../db/repos/settingsRepo'
import { OrgProblem } from '../../db/org/orgProblem'
import { withOrgClient } from '../../db/org/serverClient'
import { ensureServerSchema, serverSchemaVersion } from '../../db/org/serverMigrations'
import { serverRights } from '../../db/org/serverRows'
import type { SecretName, SecretStore } from '../../shell'
import { forgetCaCertificate, keepCaCertificate } from './orgCaFile'

const KEY = 'organisation'
const SECRET_OF: Record<'password' | 'personKey', SecretName> = { password: 'orgPassword', personKey: 'orgPersonKey' }

/**
 * The organisation settings: the connection and what may be published, in the settings table;
 * the password and the person-hash key only in the secret store (keychain or environment), never
 * in SQLite or a log.
 */
export function createOrgSettingsService(repo: SettingsRepo, secrets: SecretStore | undefined, caDir?: string) {
  const get = (): OrgSettings => {
    const parsed = orgSettingsSchema.safeParse({ ...DEFAULT_ORG_SETTINGS, ...(repo.get(KEY) as object | undefined) })
    return parsed.success ? parsed.data : DEFAULT_ORG_SETTINGS
  }
  const secretsState = (): OrgSecretsState => ({
    place: secrets?.place ?? 'none',
    passwordSet: Boolean(secrets?.get('orgPassword')),
    personKeySet: Boolean(secrets?.get('orgPersonKey')),
  })
  const view = (): OrgSettingsView => ({ settings: get(), secrets: secretsState() })
  const password = (): string | null => secrets?.get('orgPassword') ?? null
  return {
    get,
    view,
    password,
    personKey: (): string | null => secrets?.get('orgPersonKey') ?? null,
    configured: (): boolean => isOrgConfigured(get()),
    save(settings: OrgSettings): OrgSettingsView {
      repo.set(KEY, settings)
      return view()
    },
    /** a chosen CA file's text: checked (PEM certificates only) and kept beside the database; null forgets it */
    async setCaCertificate(pem: string | null): Promise<OrgSettingsView> {
      if (!caDir) throw new AppError('FORBIDDEN', 'no data folder for the CA file')
      if (pem === null) forgetCaCertificate(caDir)
      const caFile = pem === null ? null : await keepCaCertificate(caDir, pem)
      repo.set(KEY, { ...get(), caFile })
      return view()
    },
    setSecret(name: 'password' | 'personKey', value: string | null): OrgSettingsView {
      if (!secrets?.writable) throw new AppError('FORBIDDEN', 'secrets come from the environment here')
      secrets.set(SECRET_OF[name], value)
      return view()
    },

    /**
     * Connects with the saved settings and says plainly what is wrong. A schema older than the
     * app's is brought up to date only when this role may (the organisation's owner role).
     */
    async testConnection(): Promise<OrgConnectionResult> {
      const none: OrgConnectionResult = { ok: false, problem: null, canPublish: false, canRead: false, serverVersion: null, schemaVersion: null }
      const settings = get()
      if (!isOrgConfigured(settings)) return { ...none, problem: 'notConfigured' }
      const pw = password()
      if (!pw) return { ...none, problem: 'noPassword' }
      try {
        return await withOrgClient(settings, pw, async (client) => {
          const version = (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? null
          await ensureServerSchema(client)
          const rights = await serverRights(client)
          const schemaVersion = await serverSchemaVersion(client)
          const ok = rights.canPublish || rights.canRead
          return { ok, problem: ok ? null : 'noRights', ...rights, serverVersion: version, schemaVersion }
        })
      } catch (e) {
        if (e instanceof OrgProblem) return { ...none, problem: e.code }
        throw e
      }
    },
  }
}
export type OrgSettingsService = ReturnType<typeof createOrgSettingsService>
