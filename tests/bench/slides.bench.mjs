/* global window, document, MutationObserver, requestAnimationFrame -- the functions handed to page.evaluate run in the tabs */
/**
 * `bench slides`: from the key press on the facilitator tab to the new slide painted on the
 * presenter tab (key -> deck.move over HTTP -> the main process -> deck.changed over SSE -> the
 * projector renders), against the limit = the same two tabs exchanging a bare message through the
 * same host (a POST whose SSE event the second tab reads off a raw stream, writes into its page and
 * paints). A BroadcastChannel post between the tabs is timed too and printed on stderr. Both sides are timed the same way
 * (the keydown in the first tab, rAF + a task after the DOM change in the second; one clock,
 * performance.timeOrigin + now), interleaved, the median of RUNS each.
 */
import { launchChromium, makeTempDir, median, resultLine, startHost } from './lib.mjs'

export const name = 'slides'
const RUNS = 21
const WARMUP = 3
const MODULE = 'what-members-talk-about'
const SLIDES = 4

async function api(host, channel, body) {
  const url = new URL(host.url)
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-taiwa-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  const envelope = await response.json()
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`)
  return envelope.value
}

/** In the receiving tab: resolves window.__painted with the time the page has painted `want`. */
const arm = ({ selector, attribute, want }) => {
  window.__painted = new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${want} within 10 s`)), 10_000)
    const painted = () => requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), done(performance.timeOrigin + performance.now()))))
    const check = () => document.querySelector(selector)?.getAttribute(attribute) === want
    if (check()) return painted()
    const observer = new MutationObserver(() => {
      if (!check()) return
      observer.disconnect()
      painted()
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [attribute] })
  })
}
/** In the sending tab: remembers when the next key went down. */
const stampKeys = () => {
  window.addEventListener('keydown', () => (window.__pressed = performance.timeOrigin + performance.now()), { capture: true })
}

export async function run() {
  const host = await startHost({ dataDir: makeTempDir('slides') })
  const workshop = await api(host, 'workshops.create', {
    fields: { title: 'bench', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  await api(host, 'deck.move', { workshopId: workshop.id, move: { kind: 'goto', moduleId: MODULE, slideIndex: 0 } })
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const facilitator = await context.newPage()
  const presenter = await context.newPage()
  await facilitator.goto(`${host.url}#/workshops/${workshop.id}/deck/${MODULE}`)
  await presenter.goto(`${host.url}#/workshops/${workshop.id}/present`)
  await presenter.waitForSelector(`[data-position="${MODULE}/0"]`, { timeout: 15_000 })
  await facilitator.getByTestId('deck-current').waitFor({ timeout: 15_000 })
  await facilitator.evaluate(stampKeys)

  // the bare messages, between the same two tabs: a BroadcastChannel post, and a bare SSE round
  // trip through the same host (a POST whose event the second tab reads off its own raw stream,
  // no store, no Vue): what any push between two screens costs before the app does anything
  const token = new URL(host.url).searchParams.get('token') ?? ''
  const other = await api(host, 'workshops.create', {
    fields: { title: 'bare', scheduledAt: null, place: '', trainer: '', contentLocale: 'ja', notes: '', phaseSeconds: { prep: 120, oneOnOne: 480, feedback: 180, debrief: 300 } },
  })
  await api(host, 'deck.move', { workshopId: other.id, move: { kind: 'goto', moduleId: MODULE, slideIndex: 0 } })
  await facilitator.evaluate(({ token, workshopId }) => {
    const channel = new BroadcastChannel('bench-slides')
    let n = 0
    window.addEventListener('keydown', (e) => {
      if (e.key === 'x') channel.postMessage(String(++n))
      if (e.key === 'y')
        void fetch('/api/deck.move', { method: 'POST', headers: { 'content-type': 'application/json', 'x-taiwa-token': token }, body: JSON.stringify({ workshopId, move: { kind: 'black' } }) })
    })
  }, { token, workshopId: other.id })
  await presenter.evaluate(async ({ token, workshopId }) => {
    const mark = document.createElement('p')
    mark.id = 'bench-mark'
    document.body.append(mark)
    let n = 0
    new BroadcastChannel('bench-slides').onmessage = (e) => mark.setAttribute('data-bc', e.data)
    const response = await fetch('/api/events', { headers: { 'x-taiwa-token': token, Accept: 'text/event-stream' } })
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        if (value.includes(workshopId)) mark.setAttribute('data-sse', String(++n))
      }
    })()
  }, { token, workshopId: other.id })

  const slideTimes = []
  const broadcastTimes = []
  const sseTimes = []
  const bare = async (key, attribute, times, i) => {
    const want = String(Number((await presenter.evaluate((a) => document.getElementById('bench-mark').getAttribute(a), attribute)) ?? 0) + 1)
    await presenter.evaluate(arm, { selector: '#bench-mark', attribute, want })
    await facilitator.keyboard.press(key)
    const painted = await presenter.evaluate(() => window.__painted)
    const pressed = await facilitator.evaluate(() => window.__pressed)
    if (i >= WARMUP) times.push(painted - pressed)
  }
  let index = 0
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // forward through the module's slides (charts included), then back, and so on
    const forward = Math.floor(i / (SLIDES - 1)) % 2 === 0
    const next = forward ? index + 1 : index - 1
    await presenter.evaluate(arm, { selector: '[data-testid="deck-projector"]', attribute: 'data-position', want: `${MODULE}/${next}` })
    await facilitator.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft')
    const painted = await presenter.evaluate(() => window.__painted)
    const pressed = await facilitator.evaluate(() => window.__pressed)
    index = next
    if (i >= WARMUP) slideTimes.push(painted - pressed)
    await bare('y', 'data-sse', sseTimes, i)
    await bare('x', 'data-bc', broadcastTimes, i)
  }
  const fmt = (ts) => ts.map((t) => t.toFixed(1)).join(' ')
  console.error(`bench: ${name}: slide [${fmt(slideTimes)}] ms`)
  console.error(`bench: ${name}: bare SSE round trip [${fmt(sseTimes)}] ms, BroadcastChannel [${fmt(broadcastTimes)}] ms`)
  const value = median(slideTimes)
  const p90 = [...slideTimes].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)]
  console.error(`bench: ${name}: median ${value.toFixed(1)} ms (target <= 100 ms), p90 ${p90.toFixed(1)} ms; BroadcastChannel median ${median(broadcastTimes).toFixed(1)} ms`)
  return [resultLine({ name, value, unit: 'ms', limit: median(sseTimes) })]
}
