import common from './common'
import errors from './errors'
import home from './home'
import library from './library'
import sessions from './sessions'

/** The typed base of every UI message; en must have exactly the same shape. */
const ja = { common, errors, home, library, sessions }
export type MessageSchema = typeof ja
export default ja
