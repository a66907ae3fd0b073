import assessment from './assessment'
import backups from './backups'
import organisation from './organisation'
import common from './common'
import deck from './deck'
import errors from './errors'
import exportMessages from './exports'
import home from './home'
import library from './library'
import packs from './packs'
import practice from './practice'
import roster from './roster'
import room from './room'
import sessions from './sessions'
import studyDay from './studyDay'
import summaries from './summaries'
import workshops from './workshops'

/** The typed base of every UI message; en must have exactly the same shape. */
const ja = { common, errors, exports: exportMessages, home, library, workshops, roster, sessions, assessment, practice, summaries, backups, deck, studyDay, packs, organisation, room }
export type MessageSchema = typeof ja
export default ja
