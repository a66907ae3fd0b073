import { FELT_SQL, GAPS_SQL, IDENTIFIED_SQL, LEVELS_SQL, PRACTISED_SQL, ROLE_PLAY_PEOPLE_SQL } from '../../electron/main/db/repos/summariesRepo'

/**
 * The summary queries over every row, by team: what the kept aggregate tables must equal
 * (the keys are those of CACHED_SQL).
 */
export const LIVE_SUMMARY_SQL = {
  levels: LEVELS_SQL,
  gaps: GAPS_SQL,
  identified: IDENTIFIED_SQL.replace('{{by}}', 'team'),
  felt: FELT_SQL.replace('{{by}}', 'team'),
  rolePlayPeople: ROLE_PLAY_PEOPLE_SQL,
  practised: PRACTISED_SQL,
}
