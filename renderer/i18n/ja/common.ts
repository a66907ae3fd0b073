export default {
  appName: 'Taiwa',
  appNameNative: '対話',
  tagline: '1on1 研修を、その場で回すためのツール',
  skipToContent: 'メインコンテンツへ移動',
  nav: {
    label: 'メインメニュー',
    home: 'ホーム',
    library: 'コンテンツライブラリ',
  },
  language: {
    label: '表示言語',
    ja: '日本語',
    en: 'English',
  },
  loading: '読み込み中…',
  retry: 'もう一度試す',
  dismiss: '閉じる',
  notFound: {
    title: 'ページが見つかりません',
    body: 'このページはありません。ホームから目的の画面を選んでください。',
    back: 'ホームへ戻る',
  },
}
