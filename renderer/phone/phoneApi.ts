import type { ChannelInput, ChannelOutput } from '@shared/ipc/contract'
import { fail, type Envelope } from '@shared/ipc/envelope'
import { TOKEN_HEADER } from '@shared/transport'

/** The channels a phone may call; the listener refuses every other one anyway. */
export type PhoneChannel = 'phone.join' | 'phone.roster' | 'phone.choose' | 'phone.state' | 'phone.feedback' | 'phone.selfCheck' | PhoneQuizChannel
/** the study day's quiz and pulse (PhoneQuiz.vue) */
export type PhoneQuizChannel = 'phone.quiz' | 'phone.quizAnswer' | 'phone.pulseAnswer'

const TOKEN_KEY = 'taiwa.phone.token'

/** The device token, kept on the phone so a reload (or a locked screen) stays in the room. */
export const deviceToken = {
  get: (): string => localStorage.getItem(TOKEN_KEY) ?? '',
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
}

/** One phone channel over HTTP; a dropped connection is a NETWORK envelope, a refused token says so (status 401). */
export async function phoneCall<C extends PhoneChannel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>> & { status: number }> {
  let response: Response
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: deviceToken.get() },
      body: JSON.stringify(input),
      cache: 'no-store',
    })
  } catch {
    return { ...fail('NETWORK', 'no connection'), status: 0 }
  }
  try {
    return { ...((await response.json()) as Envelope<ChannelOutput<C>>), status: response.status }
  } catch {
    return { ...fail('NETWORK', `answer ${response.status} was not readable`), status: response.status }
  }
}
