import type { Db } from '../connection'

export interface Migration {
  /** 1, 2, 3, ... without gaps; stored in PRAGMA user_version once applied */
  version: number
  name: string
  up(db: Db): void
}
