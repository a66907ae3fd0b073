import iconv from 'iconv-lite'

// 13 people in three teams, as Excel in Japan saves a roster: Shift_JIS (CP932), CRLF.
// Row 9 has a role nobody knows ("社長"); 髙 and ① are CP932-only characters.
export const ROSTER_LINES = [
  '氏名,フリガナ,所属,役割,社員番号,メールアドレス',
  '佐藤 花子,サトウ ハナコ,営業1課,マネジャー,1001,sato@example.co.jp',
  '鈴木 一郎,スズキ イチロウ,営業1課,メンバー,1002,',
  '髙橋 健太,タカハシ ケンタ,営業1課,部下,1003,',
  '田中 美咲,タナカ ミサキ,営業1課,メンバー,1004,',
  '伊藤 翔,イトウ ショウ,営業1課,メンバー,1005,',
  '渡辺 直子,ワタナベ ナオコ,営業2課,上司,2001,',
  '山本 大輔,ヤマモト ダイスケ,営業2課,メンバー,2002,',
  '中村 結衣,ナカムラ ユイ,営業2課,社長,2003,',
  '小林 拓也,コバヤシ タクヤ,営業2課,メンバー,=HYPERLINK("http://evil"),',
  '加藤 恵,カトウ メグミ,開発部,manager,3001,',
  '吉田 蓮,ヨシダ レン,開発部,member,3002,',
  '山田 ①,ヤマダ,開発部,member,3003,',
  '佐々木 陽菜,ササキ ヒナ,開発部,member,3004,',
]
/** The file line (header = 1) of the row with the unknown role. */
export const BAD_ROLE_LINE = 9

export const shiftJisRoster = (): Buffer => iconv.encode(ROSTER_LINES.join('\r\n') + '\r\n', 'cp932')
