/**
 * Everything only the desktop app can do, in one place. The Electron adapters
 * (desktopShell.ts, kioskWindow.ts) implement it; the browser host has none
 * (files are downloaded, the presenter view opens in a tab, there is no kiosk
 * window), so services take the part they need as optional.
 */

export interface SaveFilter {
  name: string
  extensions: string[]
}

/** Ask the user where a file goes; null when they dismiss the dialog. */
export interface SavePathChooser {
  chooseSavePath(suggestedName: string, filters: SaveFilter[]): Promise<string | null>
}

/** A PDF of a renderer route (the print view). */
export interface PdfPrinter {
  printToPdf(route: string, signal: AbortSignal): Promise<Uint8Array>
}

/** Opens the presenter view of a workshop as its own window, on the second display when there is one. */
export interface PresenterWindows {
  openPresenterWindow(workshopId: string): void
}

/** Opens and closes the locked kiosk window. */
export interface KioskShell {
  enterKiosk(): void
  exitKiosk(): void
}

export type DesktopShell = SavePathChooser & PdfPrinter & PresenterWindows & KioskShell

/** the secrets of the organisation's server: the connection's password and the key of the person hash */
export type SecretName = 'orgPassword' | 'orgPersonKey'

/**
 * Where secrets live, never in the SQLite file or a log: the OS keychain through Electron's
 * safeStorage (desktopSecrets.ts), or the browser host's environment (envSecrets.ts, read-only).
 */
export interface SecretStore {
  readonly place: 'keychain' | 'environment'
  /** false where secrets are set outside the app (the environment) */
  readonly writable: boolean
  get(name: SecretName): string | null
  /** null removes it; throws where the store is not writable */
  set(name: SecretName, value: string | null): void
}
