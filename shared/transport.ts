/**
 * Names both processes must agree on: the browser host's request header and the routes the main
 * process opens in a window of its own (the print view it turns into a PDF).
 */

/** The header that carries the browser host's token on every API request. */
export const TOKEN_HEADER = 'x-taiwa-token'

/**
 * The header an API answer carries when the tab's audience changes (a kiosk started from it, or
 * left with the right PIN): the token the tab holds from then on, in place of the one it sent.
 */
export const TOKEN_GRANT_HEADER = 'x-taiwa-token-grant'

/** The print view of one workshop, as the renderer's router declares it (`PRINT_WORKSHOP_PATH`). */
export const PRINT_WORKSHOP_PATH = '/print/workshop/:id'
export const workshopPrintRoute = (workshopId: string): string => PRINT_WORKSHOP_PATH.replace(':id', encodeURIComponent(workshopId))
