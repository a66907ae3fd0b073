import { migration0001Settings } from './0001-settings'
import { migration0002Workshops } from './0002-workshops'
import { migration0003Practice } from './0003-practice'
import { migration0004Sessions } from './0004-sessions'
import { migration0005Assessments } from './0005-assessments'
import { migration0006Summaries } from './0006-summaries'
import { migration0007SummaryCache } from './0007-summary-cache'
import { migration0008SummaryRows } from './0008-summary-rows'
import { migration0009CardReveals } from './0009-card-reveals'
import { migration0010RowChecks } from './0010-row-checks'
import { migration0011FigurePeople } from './0011-figure-people'
import { migration0012PersonIndexes } from './0012-person-indexes'
import { migration0013ContentPacks } from './0013-content-packs'
import { migration0014StudyDay } from './0014-study-day'
import { migration0015OrgOutbox } from './0015-org-outbox'
import { migration0016Room } from './0016-room'
import { migration0017SummarySlices } from './0017-summary-slices'
import type { Migration } from './types'

/** Every migration, in order. A new feature adds its file and one line here. */
export const migrations: readonly Migration[] = [
  migration0001Settings,
  migration0002Workshops,
  migration0003Practice,
  migration0004Sessions,
  migration0005Assessments,
  migration0006Summaries,
  migration0007SummaryCache,
  migration0008SummaryRows,
  migration0009CardReveals,
  migration0010RowChecks,
  migration0011FigurePeople,
  migration0012PersonIndexes,
  migration0013ContentPacks,
  migration0014StudyDay,
  migration0015OrgOutbox,
  migration0016Room,
  migration0017SummarySlices,
]

export const LATEST_SCHEMA_VERSION = migrations.length
