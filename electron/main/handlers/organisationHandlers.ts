import type { organisationChannels } from '@shared/ipc/channels/organisation'
import type { HandlersOf } from '../dispatch'
import type { OrgPublishService } from '../services/org/orgPublishService'
import type { OrgSettingsService } from '../services/org/orgSettingsService'
import type { OrgViewService } from '../services/org/orgViewService'

export function createOrganisationHandlers(s: { settings: OrgSettingsService; publish: OrgPublishService; view: OrgViewService }): HandlersOf<typeof organisationChannels> {
  return {
    'org.getSettings': () => s.settings.view(),
    'org.saveSettings': ({ settings }) => s.settings.save(settings),
    'org.setCaCertificate': ({ pem }) => s.settings.setCaCertificate(pem),
    'org.setSecret': ({ name, value }) => s.settings.setSecret(name, value),
    'org.testConnection': () => s.settings.testConnection(),
    'org.publishView': () => s.publish.view(),
    'org.setPublished': ({ workshopId, published }) => s.publish.setPublished(workshopId, published),
    'org.publishNow': () => s.publish.publishNow(),
    'org.summary': ({ by, from, to }) => s.view.summary(by, from, to),
    'org.exportXlsx': ({ by, from, to, locale }) => s.view.exportXlsx(by, from, to, locale),
  }
}
