import { AppError } from '@shared/domain/errors'

/**
 * The app cannot show its own screens before the database opens, so the
 * few startup messages live here in both languages (main process, no vue-i18n).
 */
export function startupErrorText(error: unknown, systemLocale: string): { title: string; body: string } {
  const ja = systemLocale.toLowerCase().startsWith('ja')
  const detail = error instanceof Error ? error.message : String(error)
  if (error instanceof AppError && error.code === 'DATABASE_TOO_NEW') {
    return ja
      ? {
          title: 'Taiwa を開けません',
          body: `このデータは新しいバージョンの Taiwa で作成されています。Taiwa を更新してから開いてください。データには一切変更を加えていません。\n\n${detail}`,
        }
      : {
          title: 'Taiwa cannot open its data',
          body: `This data was written by a newer version of Taiwa. Please update Taiwa, then open it again. Nothing in the data was changed.\n\n${detail}`,
        }
  }
  return ja
    ? { title: 'Taiwa を起動できません', body: `データを開けませんでした。保存済みのデータは変更していません。\n\n${detail}` }
    : { title: 'Taiwa could not start', body: `The data could not be opened. Nothing already saved was changed.\n\n${detail}` }
}
