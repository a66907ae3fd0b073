/**
 * Which key presses the Electron kiosk window swallows (before-input-event).
 * Pure, so the table is tested without Electron. Everything a participant
 * needs (letters, digits, Tab, Enter, Space, arrows, Escape, Backspace, the
 * IME keys) passes; what would reload the page, open developer tools, zoom,
 * print, open or close windows, or leave full screen is blocked.
 */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

export type KioskKeyVerdict = { blocked: false } | { blocked: true; reason: 'reload' | 'devtools' | 'zoom' | 'close' | 'window' | 'fullscreen' }

const block = (reason: Extract<KioskKeyVerdict, { blocked: true }>['reason']): KioskKeyVerdict => ({ blocked: true, reason })
const PASS: KioskKeyVerdict = { blocked: false }

/** Ctrl on Windows/Linux, Cmd on macOS; either counts, as Electron's accelerators would. */
export function kioskKeyVerdict(input: KeyInput): KioskKeyVerdict {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return PASS
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  const command = input.control || input.meta

  if (key === 'F5' || key === 'BrowserRefresh') return block('reload')
  if (key === 'F12') return block('devtools')
  if (key === 'F11') return block('fullscreen')
  if (key === 'F4' && (input.alt || input.control)) return block('close')
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserHome') return block('window')

  if (!command) {
    // Alt+Left / Alt+Right are the browser's back and forward
    if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return block('window')
    return PASS
  }
  if (key === 'r') return block('reload')
  if ((input.shift && (key === 'i' || key === 'j' || key === 'c')) || (input.alt && key === 'i')) return block('devtools')
  if (key === '+' || key === '=' || key === '-' || key === '_' || key === '0' || key === ';') return block('zoom')
  if (key === 'w' || key === 'q') return block('close')
  if (key === 'n' || key === 't' || key === 'o' || key === 'p' || key === 's' || key === 'h' || key === 'm') return block('window')
  if (input.meta && input.control && key === 'f') return block('fullscreen')
  if (key === '[' || key === ']' || key === 'ArrowLeft' || key === 'ArrowRight') return block('window')
  return PASS
}
