import type { MessageSchema } from '../ja'
import common from './common'
import errors from './errors'
import home from './home'
import library from './library'
import practice from './practice'

const en: MessageSchema = { common, errors, home, library, practice }
export default en
