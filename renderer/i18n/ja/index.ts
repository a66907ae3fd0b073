import common from './common'
import errors from './errors'
import exportMessages from './exports'
import home from './home'
import library from './library'

/** The typed base of every UI message; en must have exactly the same shape. */
const ja = { common, errors, exports: exportMessages, home, library }
export type MessageSchema = typeof ja
export default ja
