import type { ChannelInput } from '@shared/ipc/contract'
import { DEFAULT_PHASE_SECONDS } from '@shared/domain/workshop'

type WorkshopFields = ChannelInput<'workshops.create'>['fields']
type PersonFields = ChannelInput<'participants.create'>['fields']

/** The fields of a new workshop as the editor sends them, Japanese content, default timers. */
export const workshopFields = (title = '1on1 勉強会', extra: Partial<WorkshopFields> = {}): WorkshopFields => ({
  title,
  scheduledAt: null,
  place: '',
  trainer: '',
  contentLocale: 'ja',
  notes: '',
  phaseSeconds: { ...DEFAULT_PHASE_SECONDS },
  ...extra,
})

/** One roster person as the participant dialog sends them. */
export const personFields = (displayName: string, extra: Partial<PersonFields> = {}): PersonFields => ({
  displayName,
  reading: '',
  team: 'A',
  workplaceRole: 'member',
  employeeId: '',
  email: '',
  ...extra,
})
