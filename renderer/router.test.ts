// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { followAddressDuringFirstNavigation } from './router'

const screen = { render: () => null }
const routerWithGuardHeldOpen = () => {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: screen },
      { path: '/print/:id', component: screen },
    ],
  })
  let releaseGuard = (): void => {}
  const guardWaits = new Promise<void>((resolve) => { releaseGuard = resolve })
  router.beforeEach(async () => { await guardWaits })
  return { router, releaseGuard }
}
const hashChange = (hash: string): Event =>
  Object.assign(new Event('hashchange'), { newURL: `http://127.0.0.1:5173/${hash}` })

describe('followAddressDuringFirstNavigation', () => {
  it('opens an address entered while the first navigation was still waiting on its guard', async () => {
    const { router, releaseGuard } = routerWithGuardHeldOpen()
    const addressBar = new EventTarget()
    const first = router.push('/')
    const following = followAddressDuringFirstNavigation(router, addressBar)
    addressBar.dispatchEvent(hashChange('#/print/w1'))
    releaseGuard()
    await first
    await following
    expect(router.currentRoute.value.fullPath).toBe('/print/w1')
  })

  it('stays on the first screen when the address did not change, and stops listening once ready', async () => {
    const { router, releaseGuard } = routerWithGuardHeldOpen()
    const listening = new Set<unknown>()
    const addressBar = {
      addEventListener: (_type: string, listener: unknown) => void listening.add(listener),
      removeEventListener: (_type: string, listener: unknown) => void listening.delete(listener),
    }
    let navigations = 0
    router.afterEach(() => { navigations++ })
    const first = router.push('/')
    const following = followAddressDuringFirstNavigation(router, addressBar)
    expect(listening.size).toBe(1)
    releaseGuard()
    await first
    await following
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(navigations).toBe(1) // the first navigation only, no second one to the same place
    expect(listening.size).toBe(0)
  })
})
