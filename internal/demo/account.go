package demo

import (
	"strconv"
	"strings"
	"time"
)

// account is one line of accounts.jsonl: everything the platform holds
// about an account, with the history of every value. It holds the full card
// number, expiry date and security code on purpose: a source that is
// correct must leave them unread.
type account struct {
	ID             string    `json:"id"`
	Handle         string    `json:"handle"`
	DisplayName    string    `json:"display_name"`
	Created        time.Time `json:"created"`
	CreatedIP      string    `json:"created_ip"`
	DisplayNames   []name    `json:"display_names,omitempty"`
	Names          []name    `json:"names,omitempty"`
	Addresses      []address `json:"addresses,omitempty"`
	Emails         []email   `json:"emails,omitempty"`
	Phones         []phone   `json:"phones,omitempty"`
	Cards          []card    `json:"cards,omitempty"`
	PaymentMethods []payment `json:"payment_methods,omitempty"`
	Devices        []device  `json:"devices,omitempty"`
	Posts          []post    `json:"posts,omitempty"`
}

// span is when a value was registered with the account and when it was
// replaced or removed (zero while it is current).
type span struct {
	Registered time.Time `json:"registered"`
	Superseded time.Time `json:"superseded,omitzero"`
}

type name struct {
	Name string `json:"name"`
	span
}

type address struct {
	Kind    string `json:"kind"` // physical, billing, shipping
	Address string `json:"address"`
	span
}

type email struct {
	Kind     string `json:"kind"` // authentication, recovery
	Email    string `json:"email"`
	Verified bool   `json:"verified"`
	span
}

type phone struct {
	Kind     string `json:"kind"` // authentication, recovery
	Phone    string `json:"phone"`
	Verified bool   `json:"verified"`
	span
}

type card struct {
	HolderName     string `json:"holder_name"`
	BillingAddress string `json:"billing_address"`
	Brand          string `json:"brand"`
	// The fields no order reaches.
	Number string `json:"number"`
	Expiry string `json:"expiry"` // MM/YY
	CVC    string `json:"cvc"`
	span
}

type payment struct {
	Method  string `json:"method"`
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Address string `json:"address"`
	span
}

type device struct {
	Kind     string `json:"kind"` // ios, android, web
	DeviceID string `json:"device_id"`
	span
}

type post struct {
	URL    string    `json:"url"`
	Text   string    `json:"text"`
	Posted time.Time `json:"posted"`
}

// postBase is the host of every post URL: a reserved name (RFC 2606), so
// that no URL of the demo points at a real post.
const postBase = "https://twitter.example/"

// twitterEpoch is the instant the platform's ids count from, in
// milliseconds since 1970 (ids embed their creation time, so they sort by
// it, as real platforms' ids do).
const twitterEpoch = 1288834974657

// snowflake makes an id from an instant and a sequence number.
func snowflake(ms int64, seq uint64) uint64 {
	return uint64(ms-twitterEpoch)<<22 | seq&(1<<22-1)
}

func postURL(handle string, ms int64, seq uint64) string {
	return postBase + handle + "/status/" + strconv.FormatUint(snowflake(ms, seq), 10)
}

// utc turns milliseconds since 1970 into a UTC time.
func utc(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// person is who holds a generated account.
type person struct {
	japanese       bool
	surname, given jpName // when japanese
	first, last    string // when not
}

func (p person) romaji() (given, family string) {
	if p.japanese {
		return p.given.romaji, p.surname.romaji
	}
	return p.first, p.last
}

// cardName is the name as embossed on a card: "TARO YAMADA".
func (p person) cardName() string {
	g, f := p.romaji()
	return strings.ToUpper(g + " " + f)
}

// generate makes the account at index idx of the population, created at
// the instant created (ms), with a history running until end (ms). It
// depends only on the seed, idx and those instants.
func (g *generator) generate(idx int, id uint64, created int64) *account {
	r := newRNG(g.seed, uint64(idx))
	end := g.end
	p := person{japanese: r.percent(72)}
	if p.japanese {
		p.surname, p.given = pick(r, jpSurnames), pick(r, jpGivenNames)
	} else {
		p.first, p.last = pick(r, westernFirstNames), pick(r, westernLastNames)
	}
	a := &account{
		ID:        strconv.FormatUint(id, 10),
		Handle:    handleFor(r, p, idx),
		Created:   utc(created),
		CreatedIP: g.ip(idx, 0, created/msPerDay).String(),
	}

	// Names: as first registered, then sometimes rewritten (kana to kanji,
	// a new family name).
	nameVariants := func() []string {
		if p.japanese {
			return []string{
				p.surname.kanji + " " + p.given.kanji,
				p.surname.kana + " " + p.given.kana,
				p.given.romaji + " " + p.surname.romaji,
				p.surname.kanji + p.given.kanji,
			}
		}
		return []string{p.first + " " + p.last, strings.ToUpper(p.last) + ", " + p.first}
	}()
	names := []string{pick(r, nameVariants)}
	if r.percent(30) {
		next := pick(r, nameVariants)
		if p.japanese && r.percent(30) {
			next = pick(r, jpSurnames).kanji + " " + p.given.kanji
		}
		if next != names[0] {
			names = append(names, next)
		}
	}
	for i, t := range chain(r, created, end, len(names)) {
		a.Names = append(a.Names, name{names[i], t})
	}

	// Display names: what the profile shows, changed now and then.
	displays := []string{displayFor(r, p)}
	for r.percent(25) && len(displays) < 3 {
		if d := displayFor(r, p); d != displays[len(displays)-1] {
			displays = append(displays, d)
		}
	}
	for i, t := range chain(r, created, end, len(displays)) {
		a.DisplayNames = append(a.DisplayNames, name{displays[i], t})
	}
	a.DisplayName = displays[len(displays)-1]

	// Addresses: where the holder lived, moving now and then; billing and
	// shipping addresses copy the one current when they were set.
	moves := 1 + r.intn(3)
	homes := make([]string, moves)
	for i := range homes {
		homes[i] = addressFor(r, p.japanese != (r.percent(8)))
	}
	homeSpans := chain(r, created, end, moves)
	for i, t := range homeSpans {
		a.Addresses = append(a.Addresses, address{"physical", homes[i], t})
	}
	billing := ""
	if r.percent(55) {
		i := r.intn(moves)
		billing = homes[i]
		a.Addresses = append(a.Addresses, address{"billing", billing, span{Registered: homeSpans[i].Registered}})
	}
	if r.percent(35) {
		i := r.intn(moves)
		a.Addresses = append(a.Addresses, address{"shipping", homes[i], span{Registered: homeSpans[i].Registered.Add(time.Duration(r.between(0, 30*msPerDay)) * time.Millisecond)}})
	}

	// E-mail addresses: the one the holder signs in with, replaced now and
	// then, and often a recovery address.
	for _, t := range chain(r, created, end, 1+boolInt(r.percent(30))) {
		a.Emails = append(a.Emails, email{"authentication", emailFor(r, p), r.percent(90), t})
	}
	if r.percent(60) {
		a.Emails = append(a.Emails, email{"recovery", emailFor(r, p), r.percent(70), span{Registered: utc(r.between(created, end))}})
	}

	// Telephone numbers.
	var mainPhone string
	if r.percent(80) {
		n := 1 + boolInt(r.percent(20))
		for _, t := range chain(r, created, end, n) {
			mainPhone = phoneFor(r, p.japanese)
			a.Phones = append(a.Phones, phone{"authentication", mainPhone, r.percent(92), t})
		}
		if r.percent(15) {
			a.Phones = append(a.Phones, phone{"recovery", phoneFor(r, !p.japanese), r.percent(50), span{Registered: utc(r.between(created, end))}})
		}
	}

	// Payment cards, with everything a card vault would hold.
	if billing == "" {
		billing = homes[0]
	}
	for range r.intn(3) * boolInt(r.percent(60)) {
		reg := r.between(created, end)
		c := cardFor(r, p, billing, reg)
		if r.percent(25) {
			c.Superseded = utc(r.between(reg, end))
		}
		a.Cards = append(a.Cards, c)
	}

	// Payment methods that are not cards.
	if r.percent(20) {
		method := "PayPal"
		if p.japanese && r.percent(35) {
			method = "PayPay"
		}
		g, f := p.romaji()
		pay := payment{Method: method, Name: g + " " + f, Email: a.Emails[0].Email, Phone: mainPhone, Address: billing}
		pay.Registered = utc(r.between(created, end))
		a.PaymentMethods = append(a.PaymentMethods, pay)
	}

	// Devices the holder signed in from.
	for range g.devices(idx) {
		kind := pick(r, []string{"ios", "android", "web"})
		reg := r.between(created, end)
		d := device{Kind: kind, DeviceID: deviceID(r, kind)}
		d.Registered = utc(reg)
		if r.percent(30) {
			d.Superseded = utc(r.between(reg, end))
		}
		a.Devices = append(a.Devices, d)
	}

	// Posts.
	for i := range r.intn(7) {
		ms := r.between(created, end)
		text := pick(r, jpPostTexts)
		if !p.japanese || r.percent(15) {
			text = pick(r, enPostTexts)
		}
		a.Posts = append(a.Posts, post{postURL(a.Handle, ms, uint64(idx)<<3|uint64(i)), text, utc(ms)})
	}
	sortPosts(a.Posts)
	return a
}

// chain returns n spans that follow one another: the first registered at
// from, each superseded when the next is registered, the last current.
func chain(r *rng, from, to int64, n int) []span {
	at := make([]int64, n)
	at[0] = from
	for i := 1; i < n; i++ {
		at[i] = r.between(at[i-1]+1, to)
	}
	spans := make([]span, n)
	for i := range spans {
		spans[i].Registered = utc(at[i])
		if i+1 < n {
			spans[i].Superseded = utc(at[i+1])
		}
	}
	return spans
}

func sortPosts(ps []post) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Posted.Before(ps[j-1].Posted); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// handleFor makes a handle that no other account has: a word, and a number
// that is a bijection of the account's index, so two accounts can share the
// word but never the number. Words have no digits and no underscores, so
// the seed accounts' handles can never be made.
func handleFor(r *rng, p person, idx int) string {
	g, f := p.romaji()
	word := strings.ToLower(pick(r, []string{g, f, pick(r, handleWords), pick(r, handleWords)}))
	if len(word) > 7 {
		word = word[:7]
	}
	if r.percent(20) {
		word = strings.ToUpper(word[:1]) + word[1:]
	}
	sep := ""
	if r.percent(40) {
		sep = "_"
	}
	// Multiplying by an odd number is a bijection modulo 2^22.
	n := (uint64(idx) * 2654435761) & (1<<22 - 1)
	return word + sep + strconv.FormatUint(n, 10)
}

func displayFor(r *rng, p person) string {
	switch r.intn(5) {
	case 0:
		if p.japanese {
			return p.given.kana
		}
		return p.first
	case 1:
		g, _ := p.romaji()
		return g
	case 2:
		return pick(r, displayNameWords) + pick(r, []string{"", "🌸", "☕", "🐈", "✈️"})
	case 3:
		if p.japanese {
			return p.surname.kanji + p.given.kanji
		}
		return p.first + " " + p.last[:1] + "."
	}
	g, f := p.romaji()
	return strings.ToLower(g + f)
}

func addressFor(r *rng, japanese bool) string {
	var b strings.Builder
	if japanese {
		pl := pick(r, jpPlaces)
		b.WriteString("〒" + pl.postal + "-" + digits(r, 4) + " " + pl.prefecture + pl.city + pick(r, pl.towns))
		b.WriteString(strconv.Itoa(1+r.intn(5)) + "丁目" + strconv.Itoa(1+r.intn(30)) + "-" + strconv.Itoa(1+r.intn(20)))
		if r.percent(65) {
			b.WriteString(" " + pick(r, jpBuildings) + strconv.Itoa((1+r.intn(12))*100+1+r.intn(9)))
		}
		return b.String()
	}
	pl := pick(r, usPlaces)
	b.WriteString(strconv.Itoa(100+r.intn(9800)) + " " + pick(r, usStreets))
	if r.percent(40) {
		b.WriteString(" Apt " + strconv.Itoa(1+r.intn(40)))
	}
	b.WriteString(", " + pl.city + ", " + pl.state + " " + pl.zip + digits(r, 2))
	return b.String()
}

func emailFor(r *rng, p person) string {
	g, f := p.romaji()
	g, f = strings.ToLower(g), strings.ToLower(f)
	var local string
	switch r.intn(4) {
	case 0:
		local = g + "." + f
	case 1:
		local = f + "_" + g + digits(r, 2)
	case 2:
		local = g[:1] + f + digits(r, 3)
	default:
		local = pick(r, handleWords) + "." + g + digits(r, 2)
	}
	return local + "@" + pick(r, emailDomains)
}

func phoneFor(r *rng, japanese bool) string {
	if japanese {
		return "+81 " + pick(r, jpMobilePrefixes) + "-" + digits(r, 4) + "-" + digits(r, 4)
	}
	return "+1 " + pick(r, usAreaCodes) + "-555-01" + digits(r, 2)
}

// brands are the card brands, with the prefixes and lengths of their
// numbers.
var brands = []struct {
	name     string
	prefixes []string
	length   int
}{
	{"Visa", []string{"4"}, 16},
	{"Mastercard", []string{"51", "52", "53", "54", "55", "2221", "2720"}, 16},
	{"JCB", []string{"3528", "3530", "3566", "3589"}, 16},
	{"American Express", []string{"34", "37"}, 15},
}

func cardFor(r *rng, p person, billing string, registered int64) card {
	b := brands[r.intn(len(brands))]
	if p.japanese && r.percent(30) {
		b = brands[2]
	}
	number := pick(r, b.prefixes)
	number = luhnComplete(number + digits(r, b.length-1-len(number)))
	year := utc(registered).Year() + 2 + r.intn(4)
	cvc := digits(r, 3)
	if b.name == "American Express" {
		cvc = digits(r, 4)
	}
	c := card{
		HolderName:     p.cardName(),
		BillingAddress: billing,
		Brand:          b.name,
		Number:         number,
		Expiry:         twoDigits(1+r.intn(12)) + "/" + twoDigits(year%100),
		CVC:            cvc,
	}
	c.Registered = utc(registered)
	return c
}

// luhnComplete appends the check digit that makes s pass the Luhn test.
func luhnComplete(s string) string {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 { // doubled once the check digit is appended
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

// luhnValid reports whether the digits of s pass the Luhn test.
func luhnValid(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if (len(s)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return len(s) > 1 && sum%10 == 0
}

func deviceID(r *rng, kind string) string {
	const hex = "0123456789ABCDEF"
	rand := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = hex[r.intn(16)]
		}
		return string(b)
	}
	switch kind {
	case "ios": // an identifier for vendor: a UUID
		return rand(8) + "-" + rand(4) + "-4" + rand(3) + "-" + "89AB"[r.intn(4):][:1] + rand(3) + "-" + rand(12)
	case "android": // ANDROID_ID: 16 hex digits
		return strings.ToLower(rand(16))
	}
	return "v1_" + strings.ToLower(rand(32)) // a browser's device cookie
}

func digits(r *rng, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.intn(10))
	}
	return string(b)
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
