import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'

/** Calls the browser host's API the way the renderer does: POST /api/<channel> with the run's token. */
export async function callApi<T>(request: APIRequestContext, hostUrl: string, channel: string, input: unknown): Promise<T> {
  const url = new URL(hostUrl)
  const token = url.searchParams.get('token') ?? ''
  const response = await request.post(`${url.origin}/api/${channel}`, { headers: { 'x-taiwa-token': token }, data: input })
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.code} ${body.error?.message}`)
  return body.value as T
}

/** The participants' kiosk: one screen at a time. */
export class KioskPage {
  readonly start: Locator
  readonly identify: Locator
  readonly side: Locator
  readonly question: Locator
  readonly review: Locator
  readonly result: Locator
  readonly idleWarning: Locator
  readonly progress: Locator

  constructor(readonly page: Page) {
    this.start = page.getByTestId('kiosk-start')
    this.identify = page.getByTestId('kiosk-identify')
    this.side = page.getByTestId('kiosk-side')
    this.question = page.getByTestId('kiosk-question')
    this.review = page.getByTestId('kiosk-review')
    this.result = page.getByTestId('kiosk-result')
    this.idleWarning = page.getByTestId('kiosk-idle-warning')
    this.progress = page.getByTestId('kiosk-progress')
  }

  async begin(): Promise<void> {
    await this.page.getByTestId('kiosk-begin').click()
    await expect(this.identify).toBeVisible()
  }

  async chooseByName(search: string, name: string): Promise<void> {
    await this.page.getByTestId('kiosk-search').fill(search)
    await this.page.getByTestId('kiosk-people').getByRole('button', { name }).click()
    await expect(this.side).toBeVisible()
  }

  async chooseByCode(code: string): Promise<void> {
    await this.page.getByTestId('kiosk-mode-code').click()
    await this.page.getByTestId('kiosk-code').fill(code)
    await this.page.getByTestId('kiosk-code-continue').click()
    await expect(this.side).toBeVisible()
  }

  /** Picks the side, then a manager (by name) or "prefer not to say" (null) when asked, and goes on. */
  async chooseSide(side: 'member' | 'manager', manager?: string | null): Promise<void> {
    await this.page.getByTestId(`kiosk-side-${side}`).click()
    if (manager === null) await this.page.getByTestId('kiosk-manager-skip').click()
    else if (manager) await this.page.getByTestId('kiosk-managers').getByRole('button', { name: manager }).click()
    await this.page.getByTestId('kiosk-side-next').click()
    await expect(this.question).toBeVisible()
  }

  async answerCurrent(value: number): Promise<void> {
    await this.question.locator(`[data-value="${value}"]`).click()
  }

  /** Answers from the current statement to the last: `valueAt(index)` gives each answer. */
  async answerRest(total: number, valueAt: (index: number) => number): Promise<void> {
    for (;;) {
      const text = (await this.progress.textContent()) ?? ''
      const current = Number(/(\d+)/.exec(text)?.[1] ?? '0')
      await this.answerCurrent(valueAt(current - 1))
      if (current === total) break
      await expect(this.progress).toContainText(String(current + 1))
    }
    await expect(this.review).toBeVisible()
  }

  async send(): Promise<void> {
    await this.page.getByTestId('kiosk-send').click()
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('kiosk-done').click()
    await expect(this.start).toBeVisible()
  }
}
