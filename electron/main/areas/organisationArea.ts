import { exportLabels } from '@shared/domain/exportLabels'
import { createOrgOutboxRepo } from '../db/repos/orgOutboxRepo'
import { createSettingsRepo } from '../db/repos/settingsRepo'
import { createOrganisationHandlers } from '../handlers/organisationHandlers'
import { createOrgPublisher } from '../services/org/orgPublisher'
import { createOrgPublishService } from '../services/org/orgPublishService'
import { createOrgSettingsService } from '../services/org/orgSettingsService'
import { createOrgViewService } from '../services/org/orgViewService'
import type { SecretStore } from '../shell'
import type { AreaDeps } from './areaDeps'

/**
 * Settings -> Organisation, the background publisher and the organisation view (issue 14).
 * The publisher starts with the context and resumes whatever the outbox still holds.
 */
export function createOrganisationArea(deps: AreaDeps, secrets: SecretStore | undefined, dataDir?: string) {
  const settings = createOrgSettingsService(createSettingsRepo(deps.db), secrets, dataDir)
  const outbox = createOrgOutboxRepo(deps.db)
  const publisher = createOrgPublisher({
    outbox,
    settings,
    source: deps.settings.installationId,
    now: deps.now,
    log: deps.log,
    onState: (state) => deps.events.emit({ name: 'org.publishState', data: { waiting: state.waiting, running: state.running } }),
  })
  publisher.start()
  const publish = createOrgPublishService({ outbox, workshops: deps.workshops, publisher, settings })
  return {
    handlers: createOrganisationHandlers({ settings, publish, view: createOrgViewService(settings, (locale) => exportLabels(deps.library, locale)) }),
    publisher,
  }
}
