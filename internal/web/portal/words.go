package portal

import (
	"time"

	"github.com/writ-project/writ/internal/notice"
)

// wording is the portal's own words in one language; the notice it
// shows comes from the notice templates.
type wording struct {
	Title, Intro, Private                               string
	Deadlines, DaysLeft, LastDay, Over, CourtTime, UTC  string
	CourtClock, YourTime, TimeIn, ZoneGuessed, Midnight string
	LateHelp                                            string
	NoticeHeading                                       string
	ObjectHeading, ObjectHelp, TextLabel, FilesLabel    string
	SubmitObjection                                     string
	MotionHeading, MotionHelp, DocketLabel, MotionNote  string
	SubmitMotion                                        string
	ReceiptTitle, ReceiptRef, ReceiptAt, ReceiptKeep    string
	ReceiptMailed, ReceiptFiles, ReceiptDocket          string
	KindObjection, KindMotion                           string
	Refused, TooMany, Internal                          string
	Closed, DayLayout, NotRecorded, YourText            string
	NotTaken, Busy                                      string
	TextRequired, DocketRequired, TooLong, TooLarge     string
	BadType, TooManyFiles, BadForm                      string
	SealLabel, SealAsked, SealAskedDone                 string
	Review, ReviewHelp, ReviewSend, ReviewChange        string
	ReviewFilesAgain, ReviewNoFiles, ReceiptText        string
	ReviewText                                          string
	ReceiptLog, ReceiptLogNote                          string
	FileChanged                                         string
	Kinds                                               map[string]string
	Weekdays                                            map[time.Weekday]string
}

var english = wording{
	Title:            "Your right to object",
	Intro:            "This page is for the holder of the account %s alone. A United States court has allowed a request for information that identifies the holder of this account. Before anything is disclosed, you may object in writing, or ask the court to quash or modify the subpoena, by the deadlines below.",
	Private:          "Your objection goes to the court: we advise the court of it in a paper filed with the court that summarises your objection or attaches it. Papers filed with the court are open to the public, and the applicant's lawyers receive them, unless the court orders them sealed. If you ask us to in your objection, we will ask the court to let us file your objection under seal (closed to the public) and not to give it to the applicant unless the court orders otherwise; our public paper will then say that we received an objection, and when, but not what it says. The court decides; we cannot promise that it will. Unless the order allows it, we give the applicant nothing that identifies you.",
	Deadlines:        "Your deadlines",
	DaysLeft:         "%d days left",
	LastDay:          "Today is the last day.",
	Over:             "The last day has passed.",
	CourtTime:        "the court's time",
	UTC:              "UTC",
	CourtClock:       "The court's time",
	YourTime:         "Your time",
	TimeIn:           "Time in %s",
	ZoneGuessed:      "We do not know your time zone, so the deadlines are also given in the time of %s, where the proceedings abroad are. If you are elsewhere, convert the time in UTC to yours.",
	Midnight:         "Each period ends at midnight at the end of its last day in the court's time zone (Fed. R. Civ. P. 6(a)(4)(A)); the other times are that same moment.",
	LateHelp:         "You can still send an objection or tell the platform of a motion below: it is recorded, an objection is passed to the court, and the court decides whether it came in time.",
	NoticeHeading:    "The notice",
	ObjectHeading:    "Object in writing",
	ObjectHelp:       "Say why the information should not be disclosed. While an objection is before the court, nothing about this account is disclosed. If you want us to ask the court to keep your objection under seal, tick the box below. You will see what you are sending before it is sent.",
	TextLabel:        "Your objection",
	FilesLabel:       "Attachments (optional: PDF, PNG, JPEG or plain text; up to 3 files of 2 MB each)",
	SubmitObjection:  "Send the objection",
	MotionHeading:    "Tell the platform you have filed a motion",
	MotionHelp:       "If you have asked the court to quash or modify the subpoena, give the docket number of your motion. Nothing is disclosed while it is pending.",
	DocketLabel:      "Docket number of the motion",
	MotionNote:       "Anything else the platform should know (optional)",
	SubmitMotion:     "Tell the platform",
	ReceiptTitle:     "Received",
	ReceiptRef:       "Reference",
	ReceiptAt:        "Received at",
	ReceiptKeep:      "Keep this reference. This link has now been used and opens nothing more; ask the platform if you need to send something else.",
	ReceiptMailed:    "This receipt was also sent to you by e-mail.",
	ReceiptFiles:     "Attachments",
	ReceiptDocket:    "Docket number",
	KindObjection:    "Objection in writing",
	KindMotion:       "Notice of a motion to quash or modify",
	Refused:          "This link does not open the portal. It may have expired or already been used. Ask the platform for a new link.",
	TooMany:          "Too many attempts from your connection. Please wait a few minutes and try again.",
	Internal:         "Something went wrong inside writ; nothing was recorded. Please try again later.",
	Closed:           "The platform closed this case on %s: this page takes no more objections or notices of motions. If you have a question about it, ask the platform; you may also contact the court (the notice below says where it is).",
	DayLayout:        "2006-01-02",
	NotRecorded:      "What you sent was not recorded, and no file you attached was kept.",
	YourText:         "What you wrote (keep a copy)",
	NotTaken:         "This cannot be recorded in the case as it now stands. What you sent was not recorded, and no file you attached was kept. Please ask the platform how to send it.",
	Busy:             "The case was being updated while your submission was recorded, so it was not recorded and no file you attached was kept. Please send it again.",
	TextRequired:     "Please write your objection.",
	DocketRequired:   "Please give the docket number of your motion.",
	TooLong:          "The text is too long (at most 20,000 characters).",
	TooLarge:         "The attachments are too large (at most 2 MB each).",
	BadType:          "An attachment is not a PDF, PNG, JPEG or plain text file.",
	TooManyFiles:     "At most 3 attachments.",
	BadForm:          "The form could not be read; please try again.",
	SealLabel:        "Ask the platform to ask the court to file my objection under seal (closed to the public, and not given to the applicant unless the court orders it).",
	SealAsked:        "You ask us to ask the court to file your objection under seal.",
	SealAskedDone:    "You asked us to ask the court to file your objection under seal.",
	Review:           "Check what you are sending",
	ReviewHelp:       "Nothing has been sent yet. Read it through: once you send it, it is recorded as it is here and this link is used up.",
	ReviewSend:       "Send it now",
	ReviewChange:     "Go back and change it",
	ReviewFilesAgain: "If you go back, choose your files again: they are not kept until you send.",
	ReviewNoFiles:    "No attachments.",
	ReceiptText:      "What you sent",
	ReceiptLog:       "Place in writ's log",
	ReceiptLogNote:   "Your submission is the record of that number in the log writ keeps of everything it records. Once the log's next checkpoint is signed, the platform can give you a proof of it, which you can check yourself, with the platform's public key, to see that your submission is in the log unchanged.",
	ReviewText:       "What you are sending",
	FileChanged:      "An attachment is not the file you were shown; nothing was recorded. Please start again.",
	Kinds:            map[string]string{"object_in_writing": "Object in writing to the platform", "move_to_quash": "Move the court to quash or modify the subpoena"},
	Weekdays: map[time.Weekday]string{time.Sunday: "Sunday", time.Monday: "Monday", time.Tuesday: "Tuesday", time.Wednesday: "Wednesday",
		time.Thursday: "Thursday", time.Friday: "Friday", time.Saturday: "Saturday"},
}

var japanese = wording{
	Title:            "異議申立てのご案内",
	Intro:            "このページは、アカウント %s の保有者の方だけのためのものです。米国の裁判所は、このアカウントの保有者を特定する情報の開示を求める申立てを認めました。情報が開示される前に、下記の期限までに、書面で異議を申し立てること、又は裁判所に対してサピーナ（subpoena。米国の民事手続において、裁判所の権限に基づき、文書等の提出を命じる書面をいいます。以下同じ。）の取消し若しくは変更を申し立てることができます。",
	Private:          "異議は、裁判所に伝えられます。当社は、異議の内容を要約し、又は異議の書面を添付した書面を裁判所に提出して報告します。裁判所に提出された書面は、裁判所が非公開（under seal）とすることを命じない限り、一般に公開され、申立人の代理人弁護士にも送られます。あなたが異議の中で求めた場合、当社は、異議の書面を非公開で提出することの許可を裁判所に求め、あわせて、裁判所の命令がない限り申立人には渡さないよう求めます。その場合、当社が公開の書面で述べるのは、異議を受領したこと及びその日付であり、異議の内容は述べません。非公開とするかどうかは裁判所が判断するため、非公開となることをお約束することはできません。命令が認める場合を除き、当社が、あなたの氏名その他あなたを特定する情報を申立人に伝えることはありません。",
	Deadlines:        "期限",
	DaysLeft:         "あと%d日",
	LastDay:          "本日が最終日です。",
	Over:             "この期限の最終日は過ぎました。",
	CourtTime:        "裁判所の所在地の時刻",
	UTC:              "協定世界時",
	CourtClock:       "裁判所の所在地の時刻",
	YourTime:         "あなたの所在地の時刻",
	TimeIn:           "%sの時刻",
	ZoneGuessed:      "当社はあなたの所在地の時間帯を把握していないため、外国の手続が行われる%sの時刻でも期限を示しています。他の地域にお住まいの場合は、協定世界時（UTC）の時刻から換算してください。",
	Midnight:         "各期間は、裁判所の所在地の時刻で最終日の終わり（24時）に満了します（連邦民事訴訟規則6(a)(4)(A)）。その他の時刻は、同じ時点を示したものです。",
	LateHelp:         "それでも、下記から異議を申し立て、又は申立てをお知らせいただくことができます。送信された内容は記録され、異議は裁判所に伝えられます。期限内のものと認めるかどうかは、裁判所が判断します。",
	NoticeHeading:    "通知の内容",
	ObjectHeading:    "書面で異議を申し立てる",
	ObjectHelp:       "情報を開示すべきでない理由をご記入ください。異議が裁判所で審理されている間は、このアカウントに関する情報は一切開示されません。異議の書面を非公開とするよう当社から裁判所に求めることを希望される場合は、下のチェックボックスを選択してください。送信の前に、送信する内容を確認する画面が表示されます。",
	TextLabel:        "異議の内容",
	FilesLabel:       "添付ファイル（任意。PDF、PNG、JPEG又はテキスト形式で、1ファイル2MBまで、3ファイルまで）",
	SubmitObjection:  "異議を送信する",
	MotionHeading:    "裁判所への申立てをプラットフォームに知らせる",
	MotionHelp:       "既に裁判所に対してサピーナの取消し又は変更を申し立てている場合は、その申立ての事件番号（docket number）をお知らせください。申立てが係属している間は、情報は開示されません。",
	DocketLabel:      "申立ての事件番号（docket number）",
	MotionNote:       "その他プラットフォームに伝えたいこと（任意）",
	SubmitMotion:     "プラットフォームに知らせる",
	ReceiptTitle:     "受け付けました",
	ReceiptRef:       "受付番号",
	ReceiptAt:        "受付日時",
	ReceiptKeep:      "この受付番号をお控えください。このリンクは使用済みとなり、今後は開くことができません。さらに送付したいものがある場合は、プラットフォームにお問い合わせください。",
	ReceiptMailed:    "この受付内容は、電子メールでもお送りしました。",
	ReceiptFiles:     "添付ファイル",
	ReceiptDocket:    "事件番号",
	KindObjection:    "書面による異議申立て",
	KindMotion:       "サピーナ（subpoena）の取消し又は変更の申立てをした旨の通知",
	Refused:          "このリンクではページを開くことができません。有効期限が切れているか、既に使用された可能性があります。新しいリンクについては、プラットフォームにお問い合わせください。",
	TooMany:          "お使いの接続からの試行回数が多すぎます。数分待ってから、もう一度お試しください。",
	Internal:         "writ の内部で問題が発生したため、何も記録されていません。時間をおいて、もう一度お試しください。",
	Closed:           "プラットフォームは、%sにこの事件を終了しました。このページから異議を申し立て、又は申立てをお知らせいただくことは、もうできません。ご不明な点は、プラットフォームにお問い合わせください。裁判所に連絡することもできます（裁判所の所在地は、下記の通知に記載しています。）。",
	DayLayout:        "2006年1月2日",
	NotRecorded:      "送信された内容は記録されておらず、添付されたファイルも保存されていません。",
	YourText:         "お書きになった内容（お手元に控えを保存してください。）",
	NotTaken:         "現在の事件の状況では、これを記録することができません。送信された内容は記録されておらず、添付されたファイルも保存されていません。送付の方法については、プラットフォームにお問い合わせください。",
	Busy:             "送信の処理中に事件の記録が更新されたため、送信された内容は記録されておらず、添付されたファイルも保存されていません。もう一度送信してください。",
	TextRequired:     "異議の内容をご記入ください。",
	DocketRequired:   "申立ての事件番号をご記入ください。",
	TooLong:          "文章が長すぎます（2万字まで）。",
	TooLarge:         "添付ファイルが大きすぎます（1ファイル2MBまで）。",
	BadType:          "PDF、PNG、JPEG又はテキスト形式ではない添付ファイルがあります。",
	TooManyFiles:     "添付ファイルは3つまでです。",
	BadForm:          "フォームを読み取れませんでした。もう一度お試しください。",
	SealLabel:        "異議の書面を非公開（under seal）で提出することの許可を裁判所に求めるよう、プラットフォームに依頼する（一般に公開されず、裁判所の命令がない限り申立人にも渡されません。）",
	SealAsked:        "異議の書面を非公開で提出することの許可を裁判所に求めるよう、当社に依頼されています。",
	SealAskedDone:    "異議の書面を非公開で提出することの許可を裁判所に求めるよう、当社に依頼されました。",
	Review:           "送信する内容をご確認ください",
	ReviewHelp:       "まだ送信されていません。内容をご確認ください。送信すると、ここに表示された内容のとおり記録され、このリンクは使用済みとなります。",
	ReviewSend:       "この内容で送信する",
	ReviewChange:     "戻って修正する",
	ReviewFilesAgain: "戻って修正する場合は、添付ファイルをもう一度選択してください。送信するまで、ファイルは保存されません。",
	ReviewNoFiles:    "添付ファイルはありません。",
	ReceiptText:      "送信された内容",
	ReceiptLog:       "記録簿上の番号",
	ReceiptLogNote:   "あなたの送信は、writ が記録するすべてを収めた記録簿の、この番号の記録です。記録簿の次のチェックポイントが署名された後、プラットフォームはその証明をお渡しできます。プラットフォームの公開鍵を使って、あなたの送信が変更されずに記録簿に含まれていることを、ご自身で確かめることができます。",
	ReviewText:       "送信する内容",
	FileChanged:      "添付ファイルが、確認画面に表示されたファイルと一致しません。何も記録されていません。最初からやり直してください。",
	Kinds:            map[string]string{"object_in_writing": "プラットフォームに書面で異議を申し立てる", "move_to_quash": "裁判所にサピーナの取消し又は変更を申し立てる"},
	Weekdays: map[time.Weekday]string{time.Sunday: "日曜日", time.Monday: "月曜日", time.Tuesday: "火曜日", time.Wednesday: "水曜日",
		time.Thursday: "木曜日", time.Friday: "金曜日", time.Saturday: "土曜日"},
}

// wordsFor returns the portal's words in a language.
func wordsFor(l notice.Lang) wording {
	if l == notice.Japanese {
		return japanese
	}
	return english
}
