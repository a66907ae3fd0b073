import type { Migration } from './types'

/**
 * Role-play sessions: one plan per workshop (its settings and what they produced:
 * seats per round and group, the dealt cards), the running state of the current round,
 * and the feedback people give after each round. Replacing a plan replaces all of it.
 */
export const migration0004Sessions: Migration = {
  version: 4,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE session_plans (
        id                    TEXT PRIMARY KEY NOT NULL,
        workshop_id           TEXT NOT NULL UNIQUE REFERENCES workshops (id) ON DELETE CASCADE,
        rounds                INTEGER NOT NULL CHECK (rounds BETWEEN 1 AND 12),
        group_form            TEXT NOT NULL CHECK (group_form IN ('trios', 'pairs')),
        manager_rule          TEXT NOT NULL CHECK (manager_rule IN ('everyone', 'managersOnly')),
        keep_teams_apart      INTEGER NOT NULL CHECK (keep_teams_apart IN (0, 1)),
        dealing_mode          TEXT NOT NULL CHECK (dealing_mode IN ('balanced', 'weighted', 'chosen')),
        blind_mode            INTEGER NOT NULL DEFAULT 1 CHECK (blind_mode IN (0, 1)),
        seed                  INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        chosen_json           TEXT,
        repeat_meetings       INTEGER NOT NULL,
        repeat_lower_bound    INTEGER NOT NULL,
        same_team_pairs       INTEGER NOT NULL,
        same_team_lower_bound INTEGER NOT NULL,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session_seats (
        plan_id        TEXT NOT NULL REFERENCES session_plans (id) ON DELETE CASCADE,
        round_index    INTEGER NOT NULL CHECK (round_index >= 0),
        group_index    INTEGER NOT NULL CHECK (group_index >= 0),
        seat_index     INTEGER NOT NULL CHECK (seat_index >= 0),
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        role           TEXT NOT NULL CHECK (role IN ('manager', 'member', 'observer')),
        PRIMARY KEY (plan_id, round_index, participant_id),
        UNIQUE (plan_id, round_index, group_index, seat_index)
      ) STRICT;

      CREATE TABLE session_cards (
        plan_id     TEXT NOT NULL REFERENCES session_plans (id) ON DELETE CASCADE,
        round_index INTEGER NOT NULL CHECK (round_index >= 0),
        group_index INTEGER NOT NULL CHECK (group_index >= 0),
        topic_id    TEXT NOT NULL,
        response_id TEXT NOT NULL,
        scenario_id TEXT,
        PRIMARY KEY (plan_id, round_index, group_index)
      ) STRICT;

      -- the phase timer of the current round: timestamps, never a ticking counter
      CREATE TABLE session_runs (
        plan_id       TEXT PRIMARY KEY NOT NULL REFERENCES session_plans (id) ON DELETE CASCADE,
        round_index   INTEGER NOT NULL CHECK (round_index >= 0),
        phase_index   INTEGER NOT NULL CHECK (phase_index BETWEEN 0 AND 4),
        status        TEXT NOT NULL CHECK (status IN ('idle', 'running', 'paused', 'done')),
        running_since INTEGER,
        elapsed_ms    INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
        extra_ms      INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0),
        updated_at    TEXT NOT NULL,
        CHECK ((status = 'running') = (running_since IS NOT NULL))
      ) STRICT;

      CREATE TABLE session_feedback (
        id                TEXT PRIMARY KEY NOT NULL,
        plan_id           TEXT NOT NULL REFERENCES session_plans (id) ON DELETE CASCADE,
        round_index       INTEGER NOT NULL CHECK (round_index >= 0),
        group_index       INTEGER NOT NULL CHECK (group_index >= 0),
        participant_id    TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        role              TEXT NOT NULL CHECK (role IN ('manager', 'member', 'observer')),
        entered_by        TEXT NOT NULL CHECK (entered_by IN ('self', 'trainer')),
        felt_cleared      INTEGER CHECK (felt_cleared BETWEEN 1 AND 5),
        received_response TEXT,
        thought_requested TEXT,
        do_differently    TEXT,
        next_action       TEXT,
        ticks_json        TEXT,
        seen_response     TEXT,
        comment           TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (plan_id, round_index, participant_id),
        CHECK (role <> 'member' OR (felt_cleared IS NOT NULL AND received_response IS NOT NULL)),
        CHECK (role <> 'manager' OR thought_requested IS NOT NULL),
        CHECK (role <> 'observer' OR (ticks_json IS NOT NULL AND seen_response IS NOT NULL))
      ) STRICT;
      CREATE INDEX session_feedback_by_round ON session_feedback (plan_id, round_index, group_index);
    `)
  },
}
