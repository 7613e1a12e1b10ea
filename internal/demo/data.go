package demo

// The word lists the generator draws from. Every person made from them is
// fictional; the lists are common names and real place names so that the
// records look like a platform's and exercise Japanese text end to end.

// jpName is a Japanese name part in kanji (or kana), its reading in
// hiragana, and its romanisation.
type jpName struct{ kanji, kana, romaji string }

var jpSurnames = []jpName{
	{"佐藤", "さとう", "Sato"}, {"鈴木", "すずき", "Suzuki"}, {"高橋", "たかはし", "Takahashi"},
	{"田中", "たなか", "Tanaka"}, {"伊藤", "いとう", "Ito"}, {"渡辺", "わたなべ", "Watanabe"},
	{"山本", "やまもと", "Yamamoto"}, {"中村", "なかむら", "Nakamura"}, {"小林", "こばやし", "Kobayashi"},
	{"加藤", "かとう", "Kato"}, {"吉田", "よしだ", "Yoshida"}, {"山田", "やまだ", "Yamada"},
	{"佐々木", "ささき", "Sasaki"}, {"山口", "やまぐち", "Yamaguchi"}, {"松本", "まつもと", "Matsumoto"},
	{"井上", "いのうえ", "Inoue"}, {"木村", "きむら", "Kimura"}, {"林", "はやし", "Hayashi"},
	{"斎藤", "さいとう", "Saito"}, {"清水", "しみず", "Shimizu"}, {"山崎", "やまざき", "Yamazaki"},
	{"森", "もり", "Mori"}, {"池田", "いけだ", "Ikeda"}, {"橋本", "はしもと", "Hashimoto"},
	{"阿部", "あべ", "Abe"}, {"石川", "いしかわ", "Ishikawa"}, {"山下", "やました", "Yamashita"},
	{"中島", "なかじま", "Nakajima"}, {"石井", "いしい", "Ishii"}, {"小川", "おがわ", "Ogawa"},
	{"前田", "まえだ", "Maeda"}, {"岡田", "おかだ", "Okada"}, {"長谷川", "はせがわ", "Hasegawa"},
	{"藤田", "ふじた", "Fujita"}, {"後藤", "ごとう", "Goto"}, {"近藤", "こんどう", "Kondo"},
	{"村上", "むらかみ", "Murakami"}, {"遠藤", "えんどう", "Endo"}, {"青木", "あおき", "Aoki"},
	{"坂本", "さかもと", "Sakamoto"}, {"松田", "まつだ", "Matsuda"}, {"西村", "にしむら", "Nishimura"},
	{"藤井", "ふじい", "Fujii"}, {"福田", "ふくだ", "Fukuda"}, {"太田", "おおた", "Ota"},
	{"三浦", "みうら", "Miura"}, {"岡本", "おかもと", "Okamoto"}, {"松井", "まつい", "Matsui"},
	{"中川", "なかがわ", "Nakagawa"}, {"原田", "はらだ", "Harada"}, {"小野", "おの", "Ono"},
	{"竹内", "たけうち", "Takeuchi"}, {"金子", "かねこ", "Kaneko"}, {"和田", "わだ", "Wada"},
}

var jpGivenNames = []jpName{
	{"翔太", "しょうた", "Shota"}, {"大輔", "だいすけ", "Daisuke"}, {"拓也", "たくや", "Takuya"},
	{"健太", "けんた", "Kenta"}, {"直樹", "なおき", "Naoki"}, {"和也", "かずや", "Kazuya"},
	{"陽介", "ようすけ", "Yosuke"}, {"悠斗", "ゆうと", "Yuto"}, {"蓮", "れん", "Ren"},
	{"大翔", "ひろと", "Hiroto"}, {"誠", "まこと", "Makoto"}, {"浩二", "こうじ", "Koji"},
	{"隆", "たかし", "Takashi"}, {"健一", "けんいち", "Kenichi"}, {"裕子", "ゆうこ", "Yuko"},
	{"美咲", "みさき", "Misaki"}, {"陽菜", "ひな", "Hina"}, {"さくら", "さくら", "Sakura"},
	{"結衣", "ゆい", "Yui"}, {"彩", "あや", "Aya"}, {"葵", "あおい", "Aoi"},
	{"真由美", "まゆみ", "Mayumi"}, {"恵子", "けいこ", "Keiko"}, {"智子", "ともこ", "Tomoko"},
	{"由美", "ゆみ", "Yumi"}, {"愛", "あい", "Ai"}, {"舞", "まい", "Mai"},
	{"奈々", "なな", "Nana"}, {"千尋", "ちひろ", "Chihiro"}, {"亮", "りょう", "Ryo"},
	{"明美", "あけみ", "Akemi"}, {"香織", "かおり", "Kaori"}, {"美穂", "みほ", "Miho"},
	{"光", "ひかる", "Hikaru"}, {"翼", "つばさ", "Tsubasa"}, {"涼子", "りょうこ", "Ryoko"},
	{"秀樹", "ひでき", "Hideki"}, {"聡", "さとし", "Satoshi"}, {"久美子", "くみこ", "Kumiko"},
	{"夏美", "なつみ", "Natsumi"}, {"一輝", "かずき", "Kazuki"}, {"瑞穂", "みずほ", "Mizuho"},
}

var westernFirstNames = []string{
	"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
	"Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
	"Daniel", "Karen", "Matthew", "Emily", "Anthony", "Olivia", "Mark", "Emma", "Kevin", "Sophia",
	"Brian", "Ava", "Carlos", "Maria", "Wei", "Priya", "Ahmed", "Grace",
}

var westernLastNames = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
	"Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
	"Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen",
	"King", "Wright", "Nguyen", "Chen", "Patel", "Kim",
}

// jpPlace is a municipality with some of its towns and the first three
// digits of its postal codes.
type jpPlace struct {
	prefecture, city string
	towns            []string
	postal           string
}

var jpPlaces = []jpPlace{
	{"東京都", "渋谷区", []string{"神南", "宇田川町", "恵比寿", "代々木", "笹塚"}, "150"},
	{"東京都", "世田谷区", []string{"太子堂", "北沢", "経堂", "用賀", "桜新町"}, "154"},
	{"東京都", "新宿区", []string{"西新宿", "高田馬場", "神楽坂", "大久保"}, "160"},
	{"東京都", "杉並区", []string{"高円寺南", "阿佐谷北", "荻窪", "西荻北"}, "166"},
	{"大阪府", "大阪市北区", []string{"芝田", "天満", "中崎", "豊崎"}, "530"},
	{"大阪府", "大阪市中央区", []string{"難波", "心斎橋筋", "本町", "谷町"}, "542"},
	{"神奈川県", "横浜市港北区", []string{"日吉", "新横浜", "綱島西", "大倉山"}, "223"},
	{"神奈川県", "川崎市中原区", []string{"小杉町", "新丸子町", "木月"}, "211"},
	{"愛知県", "名古屋市中区", []string{"栄", "大須", "錦", "丸の内"}, "460"},
	{"福岡県", "福岡市中央区", []string{"天神", "大名", "薬院", "今泉"}, "810"},
	{"北海道", "札幌市中央区", []string{"大通西", "南一条西", "北三条西"}, "060"},
	{"京都府", "京都市左京区", []string{"吉田", "北白川", "一乗寺", "下鴨"}, "606"},
	{"兵庫県", "神戸市中央区", []string{"三宮町", "元町通", "北野町", "海岸通"}, "650"},
	{"宮城県", "仙台市青葉区", []string{"一番町", "国分町", "中央"}, "980"},
	{"広島県", "広島市中区", []string{"紙屋町", "八丁堀", "大手町"}, "730"},
	{"埼玉県", "さいたま市大宮区", []string{"桜木町", "大門町", "宮町"}, "330"},
	{"千葉県", "船橋市", []string{"本町", "前原西", "湊町"}, "273"},
	{"沖縄県", "那覇市", []string{"久茂地", "牧志", "泉崎"}, "900"},
}

var jpBuildings = []string{
	"グリーンハイツ", "コーポ桜", "メゾン・ド・ソレイユ", "パークレジデンス", "サンライズ",
	"ルミエール", "ハイム若葉", "シティコート", "ヴィラ青葉", "フォレストテラス",
}

// usPlace is a US city with its state and the first three digits of its
// ZIP codes.
type usPlace struct{ city, state, zip string }

var usPlaces = []usPlace{
	{"San Francisco", "CA", "941"}, {"San Jose", "CA", "951"}, {"Los Angeles", "CA", "900"},
	{"Oakland", "CA", "946"}, {"Seattle", "WA", "981"}, {"Portland", "OR", "972"},
	{"Austin", "TX", "787"}, {"Chicago", "IL", "606"}, {"New York", "NY", "100"},
	{"Brooklyn", "NY", "112"}, {"Boston", "MA", "021"}, {"Honolulu", "HI", "968"},
	{"Denver", "CO", "802"}, {"Torrance", "CA", "905"},
}

var usStreets = []string{
	"Oak St", "Maple Ave", "Pine St", "Cedar Ln", "Elm St", "Washington Ave", "Lake St",
	"Hillside Dr", "Park Ave", "Sunset Blvd", "Mission St", "Market St", "2nd Ave", "Bay Rd",
}

// US area codes; every number is in the 555-0100 to 555-0199 block that is
// reserved for fiction.
var usAreaCodes = []string{"415", "408", "669", "650", "510", "213", "310", "206", "503", "512", "312", "212", "718", "617", "808", "303"}

// Japanese mobile prefixes.
var jpMobilePrefixes = []string{"90", "80", "70"}

// E-mail domains are all reserved (RFC 2606), so that a notice sent from a
// demo can never reach a real mailbox.
var emailDomains = []string{"example.com", "example.net", "example.org", "mail.example", "mobile.example", "provider.example"}

var displayNameWords = []string{
	"ねこ", "くま", "さくら", "そら", "ゆき", "はる", "みかん", "こたつ", "らーめん", "つばめ",
	"Neko", "Sora", "Haru", "Yuki", "Kuma", "Momo", "Taro", "Hana", "Pochi", "Mochi",
}

var handleWords = []string{
	"neko", "sora", "haru", "yuki", "kuma", "momo", "hana", "mochi", "tsuki", "umi",
	"ramen", "coffee", "cat", "dog", "sky", "blue", "moon", "rain", "river", "music",
}

var jpPostTexts = []string{
	"今日のランチ美味しかった🍜",
	"電車遅延つらい…",
	"新しいカフェ見つけた☕ 静かで良い感じ",
	"明日から出張。荷造りしないと",
	"うちの猫がかわいすぎる",
	"週末は雨らしい。洗濯どうしよう",
	"この本、最後まで一気に読んでしまった",
	"ライブ最高だった！",
	"眠い。とにかく眠い",
	"やっと金曜日",
	"桜が咲き始めてた🌸",
	"駅前の本屋さん、閉店するらしい。寂しい",
	"今日は在宅勤務",
	"近所の公園で散歩",
	"久しぶりに実家に帰ります",
}

var enPostTexts = []string{
	"Coffee first.",
	"Anyone else watching the game tonight?",
	"New blog post is up.",
	"Rainy Monday again.",
	"Just finished a 10k run!",
	"Can't believe how fast this year is going.",
	"Best ramen in town, no contest.",
	"Working from home today.",
	"Flight delayed. Again.",
	"Happy Friday, everyone.",
}

// userAgents are what the access log records as the client.
var userAgents = []string{
	"Mozilla/5.0 (iPhone; CPU iPhone OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Twitter for iPhone/9.9",
	"TwitterAndroid/9.44.0-release.0 (29440000-r-0) SH-M15/11 (SHARP;SH-M15;docomo;SH-M15;0;;1;2016)",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.5 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:101.0) Gecko/20100101 Firefox/101.0",
	"Mozilla/5.0 (Linux; Android 12; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (iPad; CPU OS 15_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.5 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.5005.63 Safari/537.36 Edg/102.0.1245.33",
	"Mozilla/5.0 (Linux; Android 11; SO-52A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.61 Mobile Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 16_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Twitter for iPhone/9.30",
	"TwitterAndroid/9.61.0-release.0 (29610000-r-0) SC-51B/12 (samsung;SC-51B;docomo;SC-51B;0;;1;2021)",
}

// paths are the requests an access log records. Those ending in "=" are
// followed by a numeric id.
var paths = []string{
	"/home",
	"/notifications",
	"/explore",
	"/i/api/graphql/HomeTimeline",
	"/i/api/2/notifications/all.json",
	"/i/api/1.1/dm/inbox_initial_state.json",
	"/i/api/1.1/favorites/create.json",
	"/1.1/statuses/home_timeline.json",
	"/settings/account",
	"/i/api/graphql/TweetDetail?focalTweetId=",
	"/i/api/graphql/UserByRestId?userId=",
	"/i/api/graphql/SearchTimeline?cursor=",
}
