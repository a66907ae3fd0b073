import { describe, expect, it } from 'vitest'
import { kioskKeyVerdict, type KeyInput } from './kioskKeys'

const press = (key: string, mods: Partial<Omit<KeyInput, 'key' | 'type'>> = {}, type = 'keyDown'): KeyInput => ({
  type,
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
})
const reason = (input: KeyInput): string | null => {
  const v = kioskKeyVerdict(input)
  return v.blocked ? v.reason : null
}

describe('kioskKeyVerdict', () => {
  it.each([
    ['F5', press('F5'), 'reload'],
    ['Ctrl+R', press('r', { control: true }), 'reload'],
    ['Ctrl+Shift+R', press('R', { control: true, shift: true }), 'reload'],
    ['Cmd+R', press('r', { meta: true }), 'reload'],
    ['F12', press('F12'), 'devtools'],
    ['Ctrl+Shift+I', press('I', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+J', press('J', { control: true, shift: true }), 'devtools'],
    ['Cmd+Alt+I', press('i', { meta: true, alt: true }), 'devtools'],
    ['Ctrl+Plus', press('+', { control: true, shift: true }), 'zoom'],
    ['Ctrl+=', press('=', { control: true }), 'zoom'],
    ['Ctrl+-', press('-', { control: true }), 'zoom'],
    ['Ctrl+0', press('0', { control: true }), 'zoom'],
    ['Cmd+W', press('w', { meta: true }), 'close'],
    ['Cmd+Q', press('q', { meta: true }), 'close'],
    ['Ctrl+W', press('w', { control: true }), 'close'],
    ['Alt+F4', press('F4', { alt: true }), 'close'],
    ['Ctrl+F4', press('F4', { control: true }), 'close'],
    ['Ctrl+P (print)', press('p', { control: true }), 'window'],
    ['Ctrl+N', press('n', { control: true }), 'window'],
    ['Cmd+H (hide)', press('h', { meta: true }), 'window'],
    ['Alt+Left (back)', press('ArrowLeft', { alt: true }), 'window'],
    ['F11', press('F11'), 'fullscreen'],
    ['Ctrl+Cmd+F', press('f', { control: true, meta: true }), 'fullscreen'],
  ])('blocks %s', (_name, input, expected) => {
    expect(reason(input)).toBe(expected)
  })

  it.each([
    ['a letter', press('a')],
    ['a capital letter', press('A', { shift: true })],
    ['a digit of a PIN', press('7')],
    ['Tab', press('Tab')],
    ['Shift+Tab', press('Tab', { shift: true })],
    ['Enter', press('Enter')],
    ['Space', press(' ')],
    ['arrows', press('ArrowDown')],
    ['Escape (closes a dialog)', press('Escape')],
    ['Backspace', press('Backspace')],
    ['Ctrl+A / Ctrl+C / Ctrl+V in a text field', press('v', { control: true })],
    ['IME conversion', press('Convert')],
    ['Alt on its own (screen readers)', press('Alt', { alt: true })],
  ])('lets %s through', (_name, input) => {
    expect(reason(input)).toBeNull()
  })

  it('only judges key presses: a key release passes', () => {
    expect(reason(press('F5', {}, 'keyUp'))).toBeNull()
    expect(reason(press('F5', {}, 'rawKeyDown'))).toBe('reload')
  })
})
