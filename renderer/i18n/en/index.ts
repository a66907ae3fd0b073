import type { MessageSchema } from '../ja'
import common from './common'
import errors from './errors'
import exportMessages from './exports'
import home from './home'
import library from './library'

const en: MessageSchema = { common, errors, exports: exportMessages, home, library }
export default en
