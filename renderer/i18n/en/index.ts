import type { MessageSchema } from '../ja'
import common from './common'
import errors from './errors'
import home from './home'
import library from './library'
import sessions from './sessions'

const en: MessageSchema = { common, errors, home, library, sessions }
export default en
