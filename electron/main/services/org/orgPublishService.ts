import type { OrgPublishView } from '@shared/ipc/channels/organisation'
import type { OrgOutboxRepo } from '../../db/repos/orgOutboxRepo'
import type { WorkshopsRepo } from '../../db/repos/workshopsRepo'
import type { OrgPublisher } from './orgPublisher'
import type { OrgSettingsService } from './orgSettingsService'

/** Which workshops are published and how far the publisher is, as the Organisation screen shows it. */
export function createOrgPublishService(deps: { outbox: OrgOutboxRepo; workshops: WorkshopsRepo; publisher: OrgPublisher; settings: OrgSettingsService }) {
  const { outbox, workshops, publisher, settings } = deps
  const view = (): OrgPublishView => {
    const published = new Set(outbox.publishedIds())
    const waiting = outbox.waitingByWorkshop()
    return {
      configured: settings.configured(),
      state: publisher.state(),
      workshops: workshops.list().map((w) => ({
        workshopId: w.id,
        title: w.title,
        scheduledAt: w.scheduledAt,
        published: published.has(w.id),
        waiting: waiting[w.id] ?? 0,
      })),
    }
  }
  return {
    view,
    /** publishing a workshop queues all its rows; stopping queues its removal from the server */
    setPublished(workshopId: string, published: boolean): OrgPublishView {
      workshops.get(workshopId)
      if (published) outbox.publish(workshopId)
      else outbox.unpublish(workshopId)
      publisher.tick()
      return view()
    },
    /** resolves when the send ended; the screen stays usable meanwhile (the button shows it is sending) */
    async publishNow(): Promise<OrgPublishView> {
      await publisher.publishNow()
      return view()
    },
  }
}
export type OrgPublishService = ReturnType<typeof createOrgPublishService>
