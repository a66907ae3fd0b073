/** Slice sizes for moving files over the transports (the HTTP host caps a request body at 1 MB). */

/** base64 characters per slice: ASCII only, well under the 1 MB cap */
export const TRANSFER_CHUNK_BASE64_CHARS = 700_000
/** bytes per slice (a multiple of 3, so slices encode without padding in the middle) */
export const TRANSFER_CHUNK_BYTES = (TRANSFER_CHUNK_BASE64_CHARS / 4) * 3
