package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// The files of a demo platform (internal/demo writes them).
const (
	demoAccountsFile = "accounts.jsonl"
	demoAccessFile   = "access.jsonl"
	demoAccessGzFile = "access.jsonl.gz"
)

// demoAccount is an account of the demo platform as this connector reads
// it. It has no field for a card's number, expiry date or security code:
// the JSON decoder skips them, so they never become a value in writ's
// memory, let alone a record. (encoding/json matches keys without regard to
// case, so no field here may be named like them either.)
type demoAccount struct {
	ID             string        `json:"id"`
	Handle         string        `json:"handle"`
	DisplayName    string        `json:"display_name"`
	Created        time.Time     `json:"created"`
	CreatedIP      string        `json:"created_ip"`
	DisplayNames   []demoName    `json:"display_names"`
	Names          []demoName    `json:"names"`
	Addresses      []demoAddress `json:"addresses"`
	Emails         []demoContact `json:"emails"`
	Phones         []demoContact `json:"phones"`
	Cards          []demoCard    `json:"cards"`
	PaymentMethods []demoPayment `json:"payment_methods"`
	Devices        []demoDevice  `json:"devices"`
	Posts          []demoPost    `json:"posts"`
}

type demoSpan struct {
	Registered time.Time `json:"registered"`
	Superseded time.Time `json:"superseded"`
}

type demoName struct {
	Name string `json:"name"`
	demoSpan
}

type demoAddress struct {
	Kind    string `json:"kind"`
	Address string `json:"address"`
	demoSpan
}

// demoContact is an e-mail address or a telephone number.
type demoContact struct {
	Kind     string `json:"kind"`
	Email    string `json:"email"`
	Phone    string `json:"phone"`
	Verified bool   `json:"verified"`
	demoSpan
}

// demoCard holds only what an order may reach of a card.
type demoCard struct {
	HolderName     string `json:"holder_name"`
	BillingAddress string `json:"billing_address"`
	Brand          string `json:"brand"`
	demoSpan
}

type demoPayment struct {
	Method  string `json:"method"`
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Address string `json:"address"`
	demoSpan
}

type demoDevice struct {
	Kind     string `json:"kind"`
	DeviceID string `json:"device_id"`
	demoSpan
}

type demoPost struct {
	URL    string    `json:"url"`
	Text   string    `json:"text"`
	Posted time.Time `json:"posted"`
}

// demoKey is what the index keeps of an account: where its line is, and
// the names a target can give for it.
type demoKey struct {
	line         int64 // 1-based
	offset, size int64
	handle       string
	displayNames []string // current first
}

// demoIndex finds accounts in accounts.jsonl without holding their records.
type demoIndex struct {
	byID      map[string]*demoKey
	byHandle  map[string]string   // folded handle -> id
	byDisplay map[string][]string // folded display name, current or past -> ids
}

// demoSource is the demo platform (writ demo-data) as a Source.
type demoSource struct {
	dir      string
	accounts string // path of accounts.jsonl
	log      string // path of the access log

	mu    sync.Mutex
	index *demoIndex
}

var _ Source = (*demoSource)(nil)

// OpenDemo opens the demo platform in dir. The accounts are indexed on
// first use; the access log is read afresh by each AccessLog.
func OpenDemo(dir string) (Source, error) {
	d := &demoSource{dir: dir, accounts: filepath.Join(dir, demoAccountsFile)}
	if _, err := os.Stat(d.accounts); err != nil {
		return nil, fault.Wrap(fault.NotFound, err, "%s is not a demo platform: it has no %s (make one with writ demo-data --out %s)", dir, demoAccountsFile, dir)
	}
	for _, name := range []string{demoAccessFile, demoAccessGzFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			d.log = filepath.Join(dir, name)
			break
		}
	}
	if d.log == "" {
		return nil, fault.Errorf(fault.NotFound, "%s is not a demo platform: it has no %s or %s", dir, demoAccessFile, demoAccessGzFile)
	}
	return d, nil
}

// Close releases nothing: the files are opened for each call.
func (d *demoSource) Close() error { return nil }

// fold is how names are compared: without surrounding spaces, a leading @
// (handles) or case.
func fold(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

// loadIndex reads accounts.jsonl once, keeping for each account its line's
// place, its handle and its display names.
func (d *demoSource) loadIndex(ctx context.Context) (*demoIndex, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.index != nil {
		return d.index, nil
	}
	f, err := os.Open(d.accounts)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
	}
	defer f.Close()
	ix := &demoIndex{byID: map[string]*demoKey{}, byHandle: map[string]string{}, byDisplay: map[string][]string{}}
	br := bufio.NewReaderSize(f, 1<<20)
	var offset, line int64
	for {
		b, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: read the rest of it.
			rest, err2 := br.ReadBytes('\n')
			b, err = append(slices.Clone(b), rest...), err2
		}
		if len(b) > 0 {
			line++
			if line%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			var a struct {
				ID           string     `json:"id"`
				Handle       string     `json:"handle"`
				DisplayName  string     `json:"display_name"`
				DisplayNames []demoName `json:"display_names"`
			}
			if jerr := json.Unmarshal(b, &a); jerr != nil || a.ID == "" {
				return nil, fault.Errorf(fault.Internal, "%s:%d is not an account: the demo platform is damaged; make it again with writ demo-data", d.accounts, line)
			}
			k := &demoKey{line: line, offset: offset, size: int64(len(b)), handle: a.Handle, displayNames: []string{a.DisplayName}}
			for _, n := range a.DisplayNames {
				if !slices.Contains(k.displayNames, n.Name) {
					k.displayNames = append(k.displayNames, n.Name)
				}
			}
			ix.byID[a.ID] = k
			ix.byHandle[fold(a.Handle)] = a.ID
			for _, n := range k.displayNames {
				if ids := ix.byDisplay[fold(n)]; len(ids) == 0 || ids[len(ids)-1] != a.ID {
					ix.byDisplay[fold(n)] = append(ids, a.ID)
				}
			}
			offset += int64(len(b))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
		}
	}
	d.index = ix
	return ix, nil
}

// account reads one account's line and decodes what may be read of it.
func (d *demoSource) account(ctx context.Context, id string) (*demoAccount, *demoKey, error) {
	ix, err := d.loadIndex(ctx)
	if err != nil {
		return nil, nil, err
	}
	k, ok := ix.byID[id]
	if !ok {
		return nil, nil, fault.Errorf(fault.NotFound, "the demo platform has no account %q", id)
	}
	f, err := os.Open(d.accounts)
	if err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
	}
	defer f.Close()
	b := make([]byte, k.size)
	if _, err := f.ReadAt(b, k.offset); err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
	}
	var a demoAccount
	if err := json.Unmarshal(b, &a); err != nil || a.ID != id {
		return nil, nil, fault.Errorf(fault.Internal, "%s:%d is not account %s: the file changed since it was opened", d.accounts, k.line, id)
	}
	return &a, k, nil
}

// Resolve finds the account a target names. A handle (with or without @,
// in any case) and a post URL identify an account; when the target gives
// both and they point at different accounts, that is a conflict for a
// person to settle. A display name identifies an account only when the
// target gives nothing stronger, and display names are not unique.
func (d *demoSource) Resolve(ctx context.Context, t order.Target) (Resolution, error) {
	ix, err := d.loadIndex(ctx)
	if err != nil {
		return Resolution{}, err
	}
	var urls []string
	for _, e := range t.Evidence {
		if strings.TrimSpace(e.URL) != "" {
			urls = append(urls, strings.TrimSpace(e.URL))
		}
	}
	if fold(t.Handle) == "" && fold(t.DisplayName) == "" && len(urls) == 0 {
		return Resolution{}, fault.Errorf(fault.Invalid, "target %q gives no handle, display name or post URL to find its account by", t.Label)
	}

	found := map[string][]string{} // account id -> why it matches
	var misses []string            // what was given and matched nothing
	strong := false
	if h := fold(t.Handle); h != "" {
		strong = true
		if id, ok := ix.byHandle[h]; ok {
			found[id] = append(found[id], "its handle is @"+ix.byID[id].handle)
		} else {
			misses = append(misses, "no account has the handle @"+strings.TrimPrefix(strings.TrimSpace(t.Handle), "@"))
		}
	}
	for _, u := range urls {
		strong = true
		id, why, err := d.findPost(ctx, ix, u)
		if err != nil {
			return Resolution{}, err
		}
		if id == "" {
			misses = append(misses, why)
			continue
		}
		found[id] = append(found[id], why)
	}
	if dn := fold(t.DisplayName); dn != "" {
		ids := ix.byDisplay[dn]
		if !strong {
			for _, id := range ids {
				found[id] = append(found[id], displayWhy(ix.byID[id], t.DisplayName))
			}
		}
		if len(ids) == 0 {
			misses = append(misses, fmt.Sprintf("no account has ever shown the display name %q", strings.TrimSpace(t.DisplayName)))
		}
	}

	switch len(found) {
	case 0:
		return Resolution{}, fault.Errorf(fault.NotFound, "no account of the demo platform matches target %q: %s", t.Label, strings.Join(misses, "; "))
	case 1:
	default:
		ids := make([]string, 0, len(found))
		for id := range found {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		var cands []string
		for _, id := range ids {
			cands = append(cands, fmt.Sprintf("%s (@%s: %s)", id, ix.byID[id].handle, strings.Join(found[id], ", ")))
		}
		return Resolution{}, fault.Errorf(fault.Conflict, "target %q matches %d accounts of the demo platform: %s; a person must decide which one the order means", t.Label, len(ids), strings.Join(cands, "; "))
	}
	var id string
	for only := range found {
		id = only
	}
	a, k, err := d.account(ctx, id)
	if err != nil {
		return Resolution{}, err
	}
	evidence := fmt.Sprintf("account %s (@%s, created %s): %s", id, a.Handle, a.Created.UTC().Format(time.RFC3339), strings.Join(found[id], "; "))
	if strong && fold(t.DisplayName) != "" {
		if slices.ContainsFunc(k.displayNames, func(n string) bool { return fold(n) == fold(t.DisplayName) }) {
			evidence += "; " + displayWhy(k, t.DisplayName)
		} else {
			evidence += fmt.Sprintf("; but it has never shown the display name %q (it shows %q)", strings.TrimSpace(t.DisplayName), a.DisplayName)
		}
	}
	if len(misses) > 0 && strong {
		evidence += "; note: " + strings.Join(misses, "; ")
	}
	return Resolution{Label: t.Label, AccountID: id, Evidence: evidence, Created: a.Created.UTC()}, nil
}

func displayWhy(k *demoKey, name string) string {
	if fold(k.displayNames[0]) == fold(name) {
		return fmt.Sprintf("its display name is %q", k.displayNames[0])
	}
	return fmt.Sprintf("it has shown the display name %q", strings.TrimSpace(name))
}

// findPost returns the account that made the post at rawURL, or "" and why
// not. A post is known by its number, whatever handle its URL shows (a
// handle can change after the post); a URL of a profile names the handle.
func (d *demoSource) findPost(ctx context.Context, ix *demoIndex, rawURL string) (id, why string, err error) {
	u, perr := url.Parse(rawURL)
	if perr != nil || u.Host == "" {
		return "", fmt.Sprintf("%q is not a URL", rawURL), nil
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	switch {
	case len(parts) == 1 && parts[0] != "":
		if id, ok := ix.byHandle[fold(parts[0])]; ok {
			return id, fmt.Sprintf("the profile URL %s names its handle", rawURL), nil
		}
		return "", fmt.Sprintf("no account has the handle in the URL %s", rawURL), nil
	case len(parts) >= 3 && parts[1] == "status" && isDigits(parts[2]):
	default:
		return "", fmt.Sprintf("the URL %s is not a post's or a profile's", rawURL), nil
	}
	status := parts[2]
	needle := []byte("/status/" + status + `"`)
	f, err := os.Open(d.accounts)
	if err != nil {
		return "", "", fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 0; sc.Scan(); n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return "", "", err
			}
		}
		if !bytes.Contains(sc.Bytes(), needle) {
			continue
		}
		var a struct {
			ID    string     `json:"id"`
			Posts []demoPost `json:"posts"`
		}
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		for _, p := range a.Posts {
			if pu, err := url.Parse(p.URL); err == nil && strings.HasSuffix(strings.TrimRight(pu.Path, "/"), "/status/"+status) {
				return a.ID, fmt.Sprintf("it made the post %s on %s", rawURL, p.Posted.UTC().Format(time.DateOnly)), nil
			}
		}
	}
	if err := sc.Err(); err != nil {
		return "", "", fault.Wrap(fault.Internal, err, "cannot read the demo platform's accounts")
	}
	return "", fmt.Sprintf("no account made the post %s", rawURL), nil
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Records returns the account's records of the categories, oldest first.
// Access logs are not records: AccessLog reads them.
func (d *demoSource) Records(ctx context.Context, accountID string, categories []order.Category) ([]Record, error) {
	want := map[order.Category]bool{}
	for _, c := range categories {
		switch {
		case c == order.AccessLogs:
			return nil, fault.Errorf(fault.Invalid, "access logs are not records: read them with AccessLog, inside the order's windows")
		case Allowed[c] == nil:
			return nil, fault.Errorf(fault.Invalid, "%q is not a category writ knows", c)
		}
		want[c] = true
	}
	a, k, err := d.account(ctx, accountID)
	if err != nil {
		return nil, err
	}
	var recs []Record
	var bad error
	add := func(c order.Category, s demoSpan, ref string, kv ...string) {
		if !want[c] {
			return
		}
		r := Record{Category: c, Registered: s.Registered.UTC(), Ref: fmt.Sprintf("%s:%d %s", demoAccountsFile, k.line, ref)}
		if !s.Superseded.IsZero() {
			r.Superseded = s.Superseded.UTC()
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == "" {
				continue
			}
			// Defence in depth: a field that is not allowed is a bug of
			// this connector, and nothing is returned.
			if !slices.Contains(Allowed[c], kv[i]) {
				bad = fault.Errorf(fault.Internal, "the demo connector read the field %q of %s, which no order may reach", kv[i], c)
				return
			}
			r.Fields = append(r.Fields, Field{kv[i], kv[i+1]})
		}
		recs = append(recs, r)
	}
	for i, n := range a.DisplayNames {
		add(order.Names, n.demoSpan, "display_names["+strconv.Itoa(i)+"]", "name", n.Name)
	}
	for i, n := range a.Names {
		add(order.Names, n.demoSpan, "names["+strconv.Itoa(i)+"]", "name", n.Name)
	}
	for i, x := range a.Addresses {
		add(order.Addresses, x.demoSpan, "addresses["+strconv.Itoa(i)+"]", "kind", x.Kind, "address", x.Address)
	}
	for i, x := range a.Emails {
		add(order.Emails, x.demoSpan, "emails["+strconv.Itoa(i)+"]", "kind", x.Kind, "email", x.Email, "verified", strconv.FormatBool(x.Verified))
	}
	for i, x := range a.Phones {
		add(order.Phones, x.demoSpan, "phones["+strconv.Itoa(i)+"]", "kind", x.Kind, "phone", x.Phone, "verified", strconv.FormatBool(x.Verified))
	}
	for i, x := range a.Cards {
		add(order.CardHolder, x.demoSpan, "cards["+strconv.Itoa(i)+"]", "holder_name", x.HolderName, "billing_address", x.BillingAddress, "brand", x.Brand)
	}
	for i, x := range a.PaymentMethods {
		add(order.OtherPayment, x.demoSpan, "payment_methods["+strconv.Itoa(i)+"]", "method", x.Method, "name", x.Name, "email", x.Email, "phone", x.Phone, "address", x.Address)
	}
	add(order.AccountCreation, demoSpan{Registered: a.Created}, "created", "created", a.Created.UTC().Format(time.RFC3339Nano), "ip", a.CreatedIP)
	for i, x := range a.Devices {
		add(order.DeviceIDs, x.demoSpan, "devices["+strconv.Itoa(i)+"]", "device_id", x.DeviceID, "kind", x.Kind)
	}
	for i, x := range a.Posts {
		add(order.Content, demoSpan{Registered: x.Posted}, "posts["+strconv.Itoa(i)+"]", "url", x.URL, "text", x.Text, "posted", x.Posted.UTC().Format(time.RFC3339Nano))
	}
	if bad != nil {
		return nil, bad
	}
	slices.SortStableFunc(recs, func(a, b Record) int { return a.Registered.Compare(b.Registered) })
	return recs, nil
}

// AccessLog streams the demo platform's access log (plain or gzip) with
// the generic log-file reader, and emits the account's entries inside the
// windows. The user agent and path of each line are never read into an
// entry.
func (d *demoSource) AccessLog(ctx context.Context, q LogQuery, emit func(LogEntry) error) (LogStats, error) {
	l, err := OpenLogFile(d.log, LogFormat{Kind: "jsonl"})
	if err != nil {
		return LogStats{}, err
	}
	return l.Scan(ctx, q, emit)
}
