package notice

import (
	"time"

	"github.com/writ-project/writ/internal/order"
)

// Country is a country that keeps one time zone, named in the notice's
// languages.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code ("JP").
	Code string
	// EN and JA name the country in a sentence ("Japan", "the United
	// Kingdom"; "日本").
	EN, JA string
	Zone   *time.Location
}

// Name names the country in a language: in Japanese for Japanese, else in
// English.
func (c *Country) Name(l Lang) string {
	if l == Japanese {
		return c.JA
	}
	return c.EN
}

// oneZone lists the countries of one time zone whose people § 1782 orders
// to platforms most often concern, by code, with their zone and names. A
// country of several zones (the United States, Brazil, Australia ...) is
// left out: its name does not tell a person's time.
var oneZone = map[string]struct{ zone, en, ja string }{
	"JP": {"Asia/Tokyo", "Japan", "日本"}, "KR": {"Asia/Seoul", "South Korea", "韓国"},
	"TW": {"Asia/Taipei", "Taiwan", "台湾"}, "HK": {"Asia/Hong_Kong", "Hong Kong", "香港"},
	"CN": {"Asia/Shanghai", "China", "中国"}, "SG": {"Asia/Singapore", "Singapore", "シンガポール"},
	"IN": {"Asia/Kolkata", "India", "インド"}, "GB": {"Europe/London", "the United Kingdom", "英国"},
	"DE": {"Europe/Berlin", "Germany", "ドイツ"}, "FR": {"Europe/Paris", "France", "フランス"},
	"IT": {"Europe/Rome", "Italy", "イタリア"}, "CH": {"Europe/Zurich", "Switzerland", "スイス"},
	"NL": {"Europe/Amsterdam", "the Netherlands", "オランダ"}, "IE": {"Europe/Dublin", "Ireland", "アイルランド"},
	"IL": {"Asia/Jerusalem", "Israel", "イスラエル"},
}

// countryOf returns the country of a code when it keeps one time zone.
func countryOf(code string) (*Country, bool) {
	c, ok := oneZone[code]
	if !ok {
		return nil, false
	}
	loc, err := time.LoadLocation(c.zone)
	if err != nil {
		return nil, false
	}
	return &Country{Code: code, EN: c.en, JA: c.ja, Zone: loc}, true
}

// ProceedingsCountry returns the country of the order's foreign
// proceedings when it keeps one time zone: its proceedings_country, or
// Japan when the order names no country but its use restriction names
// Japan (JapaneseProceedings). When the platform's records do not tell an
// account holder's zone, a notice and the portal give the deadlines in
// that country's time too, saying why: the person the information would
// be used against in Japan most likely reads a deadline in Japan time.
func ProceedingsCountry(o *order.Order) (*Country, bool) {
	code := o.ProceedingsCountry
	if code == "" && JapaneseProceedings(o) {
		code = "JP"
	}
	return countryOf(code)
}

// zoneByCallingCode maps the country calling codes of countries that keep
// one time zone to the country. Countries with several zones (+1, +7, +61
// ...) are left out: their numbers do not tell the holder's zone.
var zoneByCallingCode = map[string]string{
	"81": "JP", "82": "KR", "886": "TW", "852": "HK", "86": "CN", "65": "SG", "91": "IN",
	"44": "GB", "49": "DE", "33": "FR", "39": "IT", "41": "CH", "31": "NL", "353": "IE",
}
