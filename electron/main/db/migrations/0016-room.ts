import type { Migration } from './types'

/**
 * The room: participants' own phones on the venue network (issue 11).
 * - rooms: one per opening of a workshop's participant surface; the join secret is kept only as
 *   its SHA-256 (it is printed in the QR code, the database file need not repeat it readably).
 * - room_devices: one per phone that joined; its token (>= 128 random bits) only as SHA-256, so a
 *   copied database file hands out no working token. A device speaks for one roster person or
 *   for an anonymous code, chosen after joining. Revoking sets revoked_at (never reused).
 * - room_submissions: the phone-made idempotency key of every answer a device sent, written in
 *   the same transaction as the answer, so a retried send is recognised and answered "saved"
 *   without a second row.
 * Everything cascades from the workshop, and a deleted participant frees the device's seat.
 */
export const migration0016Room: Migration = {
  version: 16,
  name: 'room',
  up(db) {
    db.exec(`
      CREATE TABLE rooms (
        id           TEXT PRIMARY KEY NOT NULL,
        workshop_id  TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        code         TEXT NOT NULL CHECK (length(code) BETWEEN 4 AND 12),
        secret_hash  TEXT NOT NULL UNIQUE,
        self_check   TEXT CHECK (self_check IN ('before', 'after', 'followUp')),
        opened_at    TEXT NOT NULL,
        closed_at    TEXT
      ) STRICT;
      CREATE INDEX rooms_by_workshop ON rooms (workshop_id, closed_at);

      CREATE TABLE room_devices (
        id              TEXT PRIMARY KEY NOT NULL,
        room_id         TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
        token_hash      TEXT NOT NULL UNIQUE,
        participant_id  TEXT REFERENCES participants (id) ON DELETE SET NULL,
        anonymous       INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        joined_at       TEXT NOT NULL,
        revoked_at      TEXT
      ) STRICT;
      CREATE INDEX room_devices_by_room ON room_devices (room_id, revoked_at);

      CREATE TABLE room_submissions (
        device_id    TEXT NOT NULL REFERENCES room_devices (id) ON DELETE CASCADE,
        idem_key     TEXT NOT NULL CHECK (length(idem_key) BETWEEN 8 AND 64),
        kind         TEXT NOT NULL CHECK (kind IN ('feedback', 'selfCheck')),
        round_index  INTEGER,
        group_index  INTEGER,
        result       TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        PRIMARY KEY (device_id, idem_key)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
