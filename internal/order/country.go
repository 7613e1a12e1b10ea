package order

import "strings"

// countries names the countries whose proceedings § 1782 applications to
// platforms most often serve, by ISO 3166-1 alpha-2 code, with the names
// orders give them. It is what ProceedingsCountry is read from.
var countries = map[string][]string{
	"JP": {"Japan"},
	"KR": {"Korea", "South Korea", "the Republic of Korea"},
	"TW": {"Taiwan"},
	"CN": {"China", "the People's Republic of China"},
	"HK": {"Hong Kong"},
	"SG": {"Singapore"},
	"IN": {"India"},
	"DE": {"Germany"},
	"FR": {"France"},
	"GB": {"the United Kingdom", "England", "England and Wales", "Scotland"},
	"IE": {"Ireland"},
	"NL": {"the Netherlands"},
	"IL": {"Israel"},
	"BR": {"Brazil"},
	"MX": {"Mexico"},
	"CA": {"Canada"},
	"AU": {"Australia"},
}

// CountryCode returns the code of a country an order names ("Japan",
// "the Republic of Korea"), ignoring case and a leading "the".
func CountryCode(name string) (string, bool) {
	n := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "the ")
	for code, names := range countries {
		for _, c := range names {
			if strings.TrimPrefix(strings.ToLower(c), "the ") == n {
				return code, true
			}
		}
	}
	return "", false
}
