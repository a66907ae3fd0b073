import assessment from './assessment'
import common from './common'
import errors from './errors'
import home from './home'
import library from './library'

/** The typed base of every UI message; en must have exactly the same shape. */
const ja = { assessment, common, errors, home, library }
export type MessageSchema = typeof ja
export default ja
