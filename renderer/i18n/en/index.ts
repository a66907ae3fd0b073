import type { MessageSchema } from '../ja'
import assessment from './assessment'
import common from './common'
import errors from './errors'
import home from './home'
import library from './library'

const en: MessageSchema = { assessment, common, errors, home, library }
export default en
