import assessment from './assessment'
import backups from './backups'
import common from './common'
import errors from './errors'
import exportMessages from './exports'
import home from './home'
import library from './library'
import practice from './practice'
import roster from './roster'
import room from './room'
import sessions from './sessions'
import summaries from './summaries'
import workshops from './workshops'

/** The typed base of every UI message; en must have exactly the same shape. */
const ja = { common, errors, exports: exportMessages, home, library, workshops, roster, sessions, assessment, practice, summaries, backups, room }
export type MessageSchema = typeof ja
export default ja
