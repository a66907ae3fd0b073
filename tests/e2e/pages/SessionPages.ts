import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { AppShell } from './AppShell'

/** A plan as the trainer saves it by default (3 rounds of trios, blind mode), with a fixed combination. */
export const PLAN_SETTINGS = { rounds: 3, groupForm: 'trios', managerRule: 'everyone', keepTeamsApart: true, dealingMode: 'balanced', blindMode: true, seed: 4242 }

/** Talks to the browser host's API as the trainer, for seeding data the test is not about. */
export class HostApi {
  constructor(
    private readonly request: APIRequestContext,
    /** read at each call: a restarted host has a new port and token */
    private readonly hostUrl: () => string,
  ) {}

  async call<T>(channel: string, body: unknown): Promise<T> {
    const url = new URL(this.hostUrl())
    const response = await this.request.post(`${url.origin}/api/${channel}`, {
      headers: { 'x-taiwa-token': url.searchParams.get('token') ?? '' },
      data: body,
    })
    const envelope = (await response.json()) as { ok: boolean; value?: T; error?: unknown }
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`)
    return envelope.value as T
  }

  /** A workshop with `names.length` people in four teams, every third a manager at work. */
  /** `privacyMinPeople` left out: a new workshop's own threshold (5) */
  async seedWorkshop(names: string[], privacyMinPeople?: number): Promise<string> {
    const workshop = await this.call<{ id: string }>('workshops.create', {
      fields: {
        title: 'ロールプレイ研修', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '',
        phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 },
        ...(privacyMinPeople === undefined ? {} : { privacyMinPeople }),
      },
    })
    for (const [i, displayName] of names.entries())
      await this.call('participants.create', {
        workshopId: workshop.id,
        fields: { displayName, reading: '', team: `チーム${(i % 4) + 1}`, workplaceRole: i % 3 === 0 ? 'manager' : 'member', employeeId: '', email: '' },
      })
    return workshop.id
  }
}

export class SessionPages extends AppShell {
  constructor(
    page: Page,
    readonly workshopId: string,
  ) {
    super(page)
  }

  /** Opens a session screen; `hostUrl` (with its token) only on the first visit after a (re)start. */
  async go(path: string, hostUrl?: string): Promise<void> {
    const base = hostUrl ?? new URL(this.page.url()).origin + '/'
    await this.open(`${base}#/workshops/${this.workshopId}/${path}`)
  }

  get timerPhase(): Locator {
    return this.page.getByTestId('timer-phase')
  }

  group(n: number): Locator {
    return this.page.getByTestId(`run-group-${n}`)
  }

  form(role: 'manager' | 'member' | 'observer'): Locator {
    return this.page.getByTestId(`feedback-form-${role}`)
  }

  /** From the facilitator screen: the response a group's member asks for, as their card shows it. */
  async requestedResponse(group: number): Promise<string> {
    await this.page.getByTestId(`card-link-${group}-member`).click()
    const response = this.page.getByTestId('member-card').getByTestId('card-response')
    await expect(response).not.toBeEmpty()
    const text = (await response.textContent())?.trim() ?? ''
    await this.backLink.click()
    await expect(this.page.getByTestId('run-round')).toBeVisible()
    return text
  }

  /** The "← …" link at the top of a session screen: to the workshop, or from cards back to the facilitator screen. */
  get backLink(): Locator {
    return this.page.locator('main a.back-link')
  }

  /** From the facilitator screen to a group's feedback forms. */
  async openFeedback(group: number): Promise<void> {
    await this.page.getByTestId(`feedback-link-${group}`).click()
    await expect(this.form('manager')).toBeVisible()
  }

  async backToRun(): Promise<void> {
    await this.page.getByTestId('back-to-run').click()
    await expect(this.page.getByTestId('run-round')).toBeVisible()
  }

  /** Fills and submits one form and waits for the confirmation, which appears only after the commit. */
  async submit(form: Locator, fill: (form: Locator) => Promise<void>): Promise<void> {
    await fill(form)
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/sessions.submitFeedback'))
    await form.getByTestId('feedback-submit').click()
    expect(((await (await saved).json()) as { ok: boolean }).ok).toBe(true)
    await expect(form.getByTestId('feedback-state')).toContainText('保存済み')
  }
}
