import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cardViewFor } from '@shared/domain/cardView'
import { makeTempDir } from '../../../../tests/support/tempDir'
import { personFields, workshopFields } from '../../../../tests/support/workshopFields'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { createParticipantsRepo } from '../repos/participantsRepo'
import { createSessionPlansRepo } from '../repos/sessionPlansRepo'
import { createWorkshopsRepo } from '../repos/workshopsRepo'
import { migrations } from './index'

describe('migration 0013 content packs', () => {
  let cleanup = (): void => {}
  afterEach(() => cleanup())

  it('a plan saved before packs reads right after: its cards name their scenario, without a snapshot, and no packs', () => {
    const tmp = makeTempDir()
    cleanup = tmp.cleanup
    const db = openConnection(join(tmp.dir, 't.db'))
    migrate(db, migrations.slice(0, 12), { backupDir: tmp.dir })
    const workshop = createWorkshopsRepo(db).create(workshopFields('前からある'))
    const people = ['a', 'b', 'c'].map((n) => createParticipantsRepo(db).create(workshop.id, personFields(n)))
    db.prepare(`INSERT INTO session_plans (id, workshop_id, rounds, group_form, manager_rule, keep_teams_apart, dealing_mode, blind_mode, seed,
        repeat_meetings, repeat_lower_bound, same_team_pairs, same_team_lower_bound, created_at, updated_at)
      VALUES ('p1', ?, 1, 'trios', 'everyone', 0, 'balanced', 1, 1, 0, 0, 0, 0, '2026-01-01', '2026-01-01')`).run(workshop.id)
    db.prepare("INSERT INTO session_cards (plan_id, round_index, group_index, topic_id, response_id, scenario_id) VALUES ('p1', 0, 0, 'work', 'listen', 'work-listen')").run()
    people.forEach((p, i) =>
      db.prepare("INSERT INTO session_seats (plan_id, round_index, group_index, seat_index, participant_id, role) VALUES ('p1', 0, 0, ?, ?, ?)").run(i, p.id, ['manager', 'member', 'observer'][i]),
    )

    expect(migrate(db, migrations.slice(0, 13), { backupDir: join(tmp.dir, 'b') })).toMatchObject({ from: 12, to: 13 })
    const plan = createSessionPlansRepo(db).get(workshop.id)
    expect(plan?.packs).toEqual([])
    const group = plan?.rounds[0]?.groups[0]
    expect(group?.card).toEqual({ topicId: 'work', responseId: 'listen', scenarioId: 'work-listen' })
    // the member's card still names its scenario; the screen reads its texts from the built-in content
    const view = cardViewFor('member', { roundIndex: 0, groupIndex: 0 }, group!, { blind: true, managerAnswered: false, trainerRevealed: false }, () => '')
    expect(view).toMatchObject({ scenarioId: 'work-listen', scenario: null, topic: null })
    db.close()
  })
})
