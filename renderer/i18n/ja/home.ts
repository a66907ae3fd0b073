export default {
  title: 'ホーム',
  welcome: '研修の準備から進行までを、ひとつの画面で。',
  intro:
    '1on1 は、メンバーが話したいことを、メンバーが求める形で受け止める時間です。Taiwa は、その練習を研修の場で進めるための道具です。',
  screens: 'できること',
  libraryCard: {
    title: 'コンテンツライブラリ',
    body: 'トピック、求める対応、対応ごとのスクリプト、コミュニケーションの 6 段階を確認できます。',
    counts: '{topics} ・ {responses} ・ {scripts} ・ {levels}',
    topicCount: 'トピック {n}',
    responseCount: '対応 {n}',
    scriptCount: 'スクリプト {n}',
    levelCount: 'レベル {n}',
    open: 'ライブラリを開く',
  },
  workshopsCard: {
    title: '研修と参加者名簿',
    body: '研修の日時・会場・講師を登録し、参加者名簿を CSV / Excel から読み込みます。',
    open: '研修を開く',
  },
  assessmentCard: {
    title: 'セルフチェック（Lv1〜6）',
    body: '参加者が共用の端末で 1on1 の段階を自己診断し、ヒントを受け取ります。チームと個人、研修前後の変化を比べられます。',
    open: 'セルフチェックを開く',
  },
  dataLocation: 'データの保存先: {path}',
  version: 'バージョン {version}',
}
