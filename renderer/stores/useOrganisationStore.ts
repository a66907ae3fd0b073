import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OrgConnectionResult, OrgSettings } from '@shared/domain/organisation'
import type { OrgPublishView, OrgSettingsView } from '@shared/ipc/channels/organisation'
import type { ErrorCode } from '@shared/ipc/envelope'
import { subscribe, useRequests } from '@/api'

/**
 * Settings -> Organisation: the connection, its secrets' state, the connection test and the
 * publisher's state. The state follows the publisher's push events, so the screen never waits on
 * a send (publishing runs in the main process in the background).
 */
export const useOrganisationStore = defineStore('organisation', () => {
  const view = ref<OrgSettingsView | null>(null)
  const publish = ref<OrgPublishView | null>(null)
  const test = ref<OrgConnectionResult | null>(null)
  const testing = ref(false)
  const sending = ref(false)
  const saved = ref(false)
  const errorCode = ref<ErrorCode | null>(null)
  const requests = useRequests(errorCode)
  let subscribed = false

  async function refreshPublish(): Promise<void> {
    publish.value = (await requests.call('org.publishView', {}, { latest: 'publish' })) ?? publish.value
  }

  async function load(): Promise<void> {
    if (!subscribed) {
      subscribed = true
      subscribe((event) => {
        if (event.name === 'org.publishState' || event.name === 'events.resync') void refreshPublish()
      })
    }
    view.value = (await requests.call('org.getSettings', {})) ?? view.value
    await refreshPublish()
  }

  async function save(settings: OrgSettings): Promise<void> {
    saved.value = false
    const next = await requests.call('org.saveSettings', { settings })
    if (!next) return
    view.value = next
    saved.value = true
    test.value = null
    await refreshPublish()
  }

  async function setSecret(name: 'password' | 'personKey', value: string | null): Promise<void> {
    view.value = (await requests.call('org.setSecret', { name, value })) ?? view.value
    test.value = null
  }

  async function testConnection(): Promise<void> {
    test.value = await requests.call('org.testConnection', {}, { busy: testing })
  }

  async function setPublished(workshopId: string, published: boolean): Promise<void> {
    publish.value = (await requests.call('org.setPublished', { workshopId, published })) ?? publish.value
  }

  async function publishNow(): Promise<void> {
    publish.value = (await requests.call('org.publishNow', {}, { busy: sending })) ?? publish.value
  }

  /** the chosen CA file's answer: 'saved', 'removed', or 'notPem' (the file is not a PEM certificate) */
  const caState = ref<'saved' | 'removed' | 'notPem' | null>(null)
  async function setCaCertificate(pem: string | null): Promise<void> {
    caState.value = null
    const next = await requests.call(
      'org.setCaCertificate',
      { pem },
      {
        onError: (e) => {
          if (e.code !== 'INVALID_INPUT' || e.message !== 'caNotPem') return false
          caState.value = 'notPem'
          return true
        },
      },
    )
    if (!next) return
    view.value = next
    caState.value = pem === null ? 'removed' : 'saved'
    test.value = null
  }

  return { view, publish, test, testing, sending, saved, caState, errorCode, load, save, setSecret, setCaCertificate, testConnection, setPublished, publishNow, refreshPublish }
})
