import type { DesktopShell } from '../../electron/main/shell'

/** A desktop shell for tests: what the test does not provide fails loudly when called. */
export function fakeDesktopShell(parts: Partial<DesktopShell>): DesktopShell {
  const unexpected = (name: string) => (): never => {
    throw new Error(`unexpected call to shell.${name}`)
  }
  return {
    openPresenterWindow: unexpected('openPresenterWindow'),
    chooseSavePath: unexpected('chooseSavePath'),
    printToPdf: unexpected('printToPdf'),
    enterKiosk: unexpected('enterKiosk'),
    exitKiosk: unexpected('exitKiosk'),
    ...parts,
  }
}
