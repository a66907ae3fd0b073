/**
 * A delete reaches every copy the app keeps. Wrapped around the handlers of
 * the operations that delete (or replace) data, in one place, so a new
 * deleting operation is one more line here rather than a rule each area must
 * remember: after the operation commits, the WAL is checkpointed and truncated
 * (secure_delete is on for the connection, so the freed pages hold zeros), the
 * rows are erased from every backup, and undiscarded download copies of the
 * workshop's exports are removed. Before a purge or a bundle import a backup
 * is made (a purge's own backup is then erased of the purged rows too: it
 * protects everything else the purge could have touched).
 */
import type { BackupReason } from '@shared/domain/backups'
import type { Channel, ChannelOutput, ChannelParsedInput } from '@shared/ipc/contract'
import type { Erasure } from '../db/repos/backupFilesRepo'
import type { Handlers } from '../dispatch'

export interface DeletionReachDeps {
  backup(reason: BackupReason): void
  erase(erasure: Erasure): void
  checkpoint(): void
  discardExports(workshopId: string): void
  workshopOfParticipant(id: string): string | null
  workshopOfSubmission(id: string): string | null
  planIdOf(workshopId: string): string | null
}

interface Reach<C extends Channel> {
  /** runs before the operation; what it returns is handed to `after` */
  before?: (input: ChannelParsedInput<C>, deps: DeletionReachDeps) => string | null
  after?: (input: ChannelParsedInput<C>, output: Awaited<ChannelOutput<C>>, deps: DeletionReachDeps, looked: string | null) => void
}

type ReachTable = { [C in Channel]?: Reach<C> }

function erased(deps: DeletionReachDeps, erasure: Erasure, workshopId: string | null): void {
  deps.checkpoint()
  deps.erase(erasure)
  if (workshopId) deps.discardExports(workshopId)
}

const REACH: ReachTable = {
  'workshops.delete': { after: ({ id }, _o, deps) => erased(deps, { kind: 'workshop', id }, id) },
  'participants.delete': {
    before: ({ id }, deps) => deps.workshopOfParticipant(id),
    after: ({ id }, _o, deps, workshopId) => erased(deps, { kind: 'participant', id }, workshopId),
  },
  'practice.delete': { after: ({ id }, _o, deps) => erased(deps, { kind: 'practiceSession', id }, null) },
  'assessments.delete': {
    before: ({ id }, deps) => deps.workshopOfSubmission(id),
    after: ({ id }, _o, deps, workshopId) => erased(deps, { kind: 'submission', id }, workshopId),
  },
  'assessments.purge': {
    before: (_i, deps) => {
      deps.backup('purge')
      return null
    },
    after: ({ workshopId }, _o, deps) => erased(deps, { kind: 'workshopSubmissions', workshopId }, workshopId),
  },
  // a new plan replaces the old one with its run state and feedback
  'sessions.savePlan': {
    after: ({ workshopId }, _o, deps) => {
      const keepPlanId = deps.planIdOf(workshopId)
      if (keepPlanId) erased(deps, { kind: 'replacedPlan', workshopId, keepPlanId }, workshopId)
    },
  },
  'bundle.apply': {
    before: (_i, deps) => {
      deps.backup('import')
      return null
    },
  },
}

export function withDeletionReach(handlers: Handlers, deps: DeletionReachDeps): Handlers {
  const wrapped: Record<string, (input: unknown) => unknown> = { ...(handlers as Record<string, (input: unknown) => unknown>) }
  for (const [channel, reach] of Object.entries(REACH) as [Channel, Reach<Channel>][]) {
    const inner = wrapped[channel] as (input: unknown) => unknown
    wrapped[channel] = async (input: unknown) => {
      const looked = reach.before?.(input as never, deps) ?? null
      const output = await inner(input)
      reach.after?.(input as never, output as never, deps, looked)
      return output
    }
  }
  return wrapped as Handlers
}
