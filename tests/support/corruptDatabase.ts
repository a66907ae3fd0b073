import { openAppDatabase } from '../../electron/main/db/database'
import { fillSummaryData } from './summaryData'

export { flipMiddleBytes, garbleLastPage } from './corruptFile'

/** A real app database in `dataDir` with a few hundred pages of workshops, people, plans and answers; closed cleanly. */
export function seedAppDatabase(dataDir: string): string {
  const { db, file } = openAppDatabase(dataDir)
  fillSummaryData(db, { workshops: 3, teamsPerWorkshop: 4, peoplePerTeam: 6, rounds: 3, answersPerPerson: 3 })
  db.close()
  return file
}
