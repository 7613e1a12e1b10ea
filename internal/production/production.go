// Package production turns the records extracted for an order's accounts
// into a production package on disk: minimised to what the order allows
// ("documents sufficient to show", only the categories and windows it
// names, never an excluded field), rendered as a Bates-numbered PDF summary
// and a CSV of access logs per account with the order's use-restriction
// legend on every page, described by a manifest with the SHA-256 of every
// file, accompanied by a draft declaration of the records custodian under
// Fed. R. Evid. 902(11), and packed as a BagIt bag (RFC 8493) that any
// archive tool can check.
//
// Before a package is complete, every byte of every file is scanned for
// card numbers, expiry dates and security codes (invariant 2); a hit
// aborts the build, says where, and leaves nothing behind. Seal encrypts a
// package for its recipient; Verify checks one against its manifests.
//
// Whether a production may be released is not decided here: that is the
// case's gate (matter.Gate), checked by the caller.
package production

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/source"
)

// DefaultBatesPrefix is the Bates prefix when the input names none.
const DefaultBatesPrefix = "WRIT-"

// ManifestName is the name of the manifest in the package's payload.
const ManifestName = "manifest.json"

// ManifestFormat names the manifest's format; it changes only when a
// field's meaning does.
const ManifestFormat = "writ-production/1"

// Account is one account of the order, with what the platform's records
// hold of it: the records of the categories the order names and its
// access-log entries (already limited to the windows of Scope where the
// source could push them down; Build applies them again).
type Account struct {
	// Label is the target's label in the order ("Aya@ay_chim0807").
	Label      string
	Resolution source.Resolution
	Records    []source.Record
	// Log holds the access-log entries, when they are few enough to be
	// held (a preservation's); ReadLog, when set, is read instead.
	Log []source.LogEntry
	// ReadLog streams the account's access-log entries to emit, in the
	// order the source holds them, and returns what the pass saw. Build
	// calls it once, and holds none of the entries: the production of a
	// log of any size takes the same memory (see logSelector). It is not
	// called when the order does not reach access logs.
	ReadLog func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error)
	// LogStats is what the pass over the access log saw, corrupt lines
	// included; it goes into the manifest. ReadLog's replace it.
	LogStats source.LogStats
}

// Input is everything a production is built from. Nothing in it is read
// from a clock: Now is passed in.
type Input struct {
	// CaseID is writ's id of the case.
	CaseID string
	Order  *order.Order
	// ResponseDate is the day the platform responds, the day the
	// production is built: windows "until the date that you respond" end
	// with it.
	ResponseDate courttime.Date
	// Location is the court's time zone; nil reads the order's.
	Location *time.Location
	Accounts []Account
	// BatesPrefix goes before the six digits of every Bates number
	// ("TWTR-" gives TWTR-000001); empty means DefaultBatesPrefix.
	BatesPrefix string
	// BatesStart is the first Bates number; 0 means 1.
	BatesStart int
	// FontPath is the TrueType font WRIT_FONT names, which must have a
	// glyph for every character the package shows; empty means the font
	// writ embeds (IPAex Gothic, Japanese and Latin).
	FontPath string
	// Custodian is the name (and title) of the records custodian who will
	// sign the declaration; empty leaves a blank to fill in.
	Custodian string
	// LoadFiles adds a Concordance DAT and an Opticon OPT load file, for
	// e-discovery platforms.
	LoadFiles bool
	// Now is the moment the production is built (UTC in the manifest).
	Now time.Time
}

// Manifest describes a package: what it was built from, under which rules,
// what it holds, and the SHA-256 of every file. It is written as
// data/manifest.json; the names of its JSON fields are a contract.
type Manifest struct {
	Format       string         `json:"format"`
	CaseID       string         `json:"case_id"`
	Order        OrderRef       `json:"order"`
	ResponseDate courttime.Date `json:"response_date"`
	Built        time.Time      `json:"built"`
	TimeZone     string         `json:"time_zone"`
	Custodian    string         `json:"custodian,omitempty"`
	// Bates is the range of the whole package.
	Bates          BatesRange           `json:"bates"`
	UseRestriction order.UseRestriction `json:"use_restriction"`
	Excluded       Excluded             `json:"excluded"`
	Accounts       []AccountManifest    `json:"accounts"`
	// Files are every file of the payload but the manifest itself, sorted
	// by path.
	Files []File `json:"files"`
	// Scan states how the package was checked for card data before it
	// was completed.
	Scan string `json:"scan"`

	// Withheld says, per account, how much was left out: records the
	// requests' history or windows did not reach, log entries outside the
	// windows, fields and categories dropped. It is for the platform's own
	// record of the build, and never written into the package: how much of
	// an account's data was left out is itself data about the account that
	// the order did not allow.
	Withheld []Withheld `json:"-"`
}

// OrderRef identifies the order a production answers.
type OrderRef struct {
	CaseNumber  string            `json:"case_number"`
	Court       string            `json:"court"`
	CourtID     string            `json:"court_id"`
	Date        courttime.Date    `json:"date"`
	Judge       string            `json:"judge"`
	Statute     string            `json:"statute"`
	Applicant   string            `json:"applicant"`
	Provider    string            `json:"provider"`
	Disposition order.Disposition `json:"disposition"`
}

// Excluded is what the order keeps out of every production.
type Excluded struct {
	// Fields are never read from the platform nor produced.
	Fields []order.Field `json:"fields"`
	// CategoriesNotAllowed are the categories no request of the order
	// reaches, or that the court denied.
	CategoriesNotAllowed []order.Category `json:"categories_not_allowed"`
}

// AccountManifest is what the package holds of one account.
type AccountManifest struct {
	Label     string    `json:"label"`
	AccountID string    `json:"account_id"`
	Created   time.Time `json:"created,omitzero"`
	// Windows are the access-log windows applied.
	Windows    []Window        `json:"windows"`
	Categories []CategoryCount `json:"categories"`
	AccessLog  *LogCount       `json:"access_log,omitempty"`
	// Bates is the range of the account's summary.
	Bates BatesRange `json:"bates"`
	Files []string   `json:"files"`
}

// CategoryCount is what a production holds of one category of an account.
type CategoryCount struct {
	Category order.Category `json:"category"`
	Requests []int          `json:"requests"`
	Standard order.Standard `json:"standard"`
	History  order.History  `json:"history"`
	// Values are the lines produced (distinct values, or records under
	// all_documents); Records the records they stand for.
	Values  int `json:"values"`
	Records int `json:"records"`
}

// LogCount is what a production holds of an account's access log.
type LogCount struct {
	Entries   int `json:"entries"`
	Addresses int `json:"ip_addresses"`
	// Source is what the pass over the platform's log saw.
	Source LogSource `json:"source"`
}

// LogSource describes the pass over the platform's access log: how much
// was read, and the corrupt lines, counted and listed by line number (the
// file names without their folders). How many of the account's entries
// the source matched is left out: where it differs from the entries
// produced, it tells of entries the order does not reach.
type LogSource struct {
	Bytes        int64            `json:"bytes"`
	Lines        int64            `json:"lines"`
	CorruptLines int64            `json:"corrupt_lines"`
	Corrupt      []source.Corrupt `json:"corrupt,omitempty"`
}

// Withheld is how much of one account's records a production left out.
type Withheld struct {
	Label string
	// NotReached counts, per category, the records the requests' history
	// rule or windows did not reach.
	NotReached map[order.Category]int
	// LogOutsideWindows and LogDuplicates count the access-log entries
	// given that were outside every window, or given twice.
	LogOutsideWindows, LogDuplicates int
	// LogNotAllowed counts log entries given when the order does not allow
	// access logs at all.
	LogNotAllowed int
	Dropped       Dropped
}

// File is one file of a package.
type File struct {
	// Path is relative to the payload folder (data/), with slashes.
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
	// Kind says what the file is: summary, access_log, declaration,
	// declaration_text, load_file.
	Kind    string `json:"kind"`
	Account string `json:"account,omitempty"`
	// Bates is the range of a Bates-numbered PDF.
	Bates *BatesRange `json:"bates,omitempty"`
}

// BatesRange is a run of consecutive Bates numbers, one per page.
type BatesRange struct {
	First string `json:"first"`
	Last  string `json:"last"`
	Pages int    `json:"pages"`
}

// ScanError is the error of a build the scanner stopped: the package was
// not written. It is wrapped in a fault.Error with the code Refused.
type ScanError struct {
	Findings []Finding
}

func (e *ScanError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the package was not written: the scanner found %d place(s) that may hold a card number, expiry date or security code", len(e.Findings))
	for i, f := range e.Findings {
		if i == 10 {
			fmt.Fprintf(&b, "; and %d more", len(e.Findings)-i)
			break
		}
		b.WriteString("; ")
		b.WriteString(f.String())
	}
	return b.String()
}

// Build writes the production package for the input at dir, which must
// not exist.
//
// First every document is laid out, without the access logs and writing
// nothing, so that a character the font cannot show is refused before
// anything is written (what the access logs add to the summaries is
// times, counts and IP addresses, which any font fit for the rest shows).
// Then the package is written into a temporary folder beside dir, each
// account's access log streamed from its source through the windows into
// the CSV (none of it is held: see logSelector), scanned, and renamed to
// dir only once it is complete and clean: a cancelled context (Ctrl-C), an
// error or a scanner hit leaves nothing behind. progress, when not nil, is
// told what is being done; it is never given a person's data.
func Build(ctx context.Context, in Input, dir string, progress func(string)) (*Manifest, error) {
	if progress == nil {
		progress = func(string) {}
	}
	in, err := in.normalise()
	if err != nil {
		return nil, err
	}
	font, err := pdf.OpenFont(in.FontPath)
	if err != nil {
		if in.FontPath == "" {
			return nil, fault.Wrap(fault.Internal, err, "the font writ embeds cannot be used")
		}
		// WRIT_FONT is the person's setting, and it is wrong.
		return nil, &fault.Error{Code: fault.Invalid, Field: "WRIT_FONT", Err: err,
			Message: err.Error() + "; name a TrueType font with the glyphs the package shows, or leave WRIT_FONT unset for the font writ embeds"}
	}
	dir = filepath.Clean(dir)
	if _, err := os.Lstat(dir); err == nil {
		return nil, &fault.Error{Code: fault.Conflict, Field: "out", Message: fmt.Sprintf("%s already exists: a production package is never overwritten; choose another folder", dir)}
	}

	progress("checking that the font shows every character")
	dry := newBuilder(in, font, "")
	if _, err := dry.build(ctx, func(string) {}); err != nil {
		return nil, err
	}
	if len(dry.missing) > 0 {
		return nil, dry.glyphsError()
	}

	parent := filepath.Dir(dir)
	made, err := mkdirAll(parent)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot create the folder %s", parent)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".partial-")
	if err != nil {
		removeMade(parent, made)
		return nil, fault.Wrap(fault.Internal, err, "cannot create a temporary folder in %s", parent)
	}
	complete := false
	defer func() {
		if !complete {
			os.RemoveAll(tmp)
			removeMade(parent, made)
		}
	}()
	b := newBuilder(in, font, tmp)
	b.work = func() (string, error) { return os.MkdirTemp(parent, "."+filepath.Base(dir)+".sort-") }
	m, err := b.build(ctx, progress)
	if err != nil {
		return nil, err
	}
	if len(b.missing) > 0 {
		return nil, b.glyphsError()
	}
	progress("the bag")
	o := in.Order
	info := [][2]string{
		{"Source-Organization", o.Provider},
		{"External-Identifier", "Case No. " + o.CaseNumber + " " + m.Bates.First + "-" + m.Bates.Last},
		{"External-Description", fmt.Sprintf("Production in response to the subpoena authorized by the order of %s, %s", o.Date, o.Court.Name)},
	}
	if err := writeBag(tmp, in.Now, info); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot write the bag")
	}
	progress("scanning every file for card data")
	findings, err := Scan(tmp)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "the package could not be scanned")
	}
	findings = append(b.findings, findings...)
	if len(findings) > 0 {
		e := &ScanError{Findings: findings}
		return nil, &fault.Error{Code: fault.Refused, Message: e.Error(), Err: e}
	}
	if err := ctx.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
	}
	if err := syncDir(tmp); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot write the package")
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot move the package into place at %s", dir)
	}
	complete = true
	_ = syncDir(parent)
	progress(fmt.Sprintf("package written: %d files, Bates %s to %s", len(m.Files)+1, m.Bates.First, m.Bates.Last))
	return m, nil
}

// mkdirAll creates dir and its missing parents, and returns the first one
// it created ("" when dir was there), so that a build that fails removes
// what it made.
func mkdirAll(dir string) (string, error) {
	made := ""
	for p := dir; ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || filepath.Dir(p) == p {
			break
		}
		made = p
	}
	return made, os.MkdirAll(dir, 0o700)
}

// removeMade removes the empty folders mkdirAll made, from dir up to made.
func removeMade(dir, made string) {
	if made == "" {
		return
	}
	for p := dir; ; p = filepath.Dir(p) {
		if os.Remove(p) != nil || p == made || filepath.Dir(p) == p {
			return
		}
	}
}

// normalise checks the input and fills in its defaults.
func (in Input) normalise() (Input, error) {
	bad := func(field, format string, args ...any) (Input, error) {
		return in, &fault.Error{Code: fault.Invalid, Field: field, Message: fmt.Sprintf(format, args...)}
	}
	if in.Order == nil {
		return bad("order", "no order: a production answers an order")
	}
	if in.Order.Disposition == order.Denied {
		return in, fault.Errorf(fault.Refused, "the court denied the application: the order allows nothing to be produced")
	}
	if in.ResponseDate.IsZero() {
		return bad("response_date", "no response date: the day the production is built is needed to close the windows that run until the response")
	}
	if in.Now.IsZero() {
		return bad("now", "no build time")
	}
	if in.Location == nil {
		loc, err := time.LoadLocation(in.Order.Court.TimeZone)
		if err != nil || in.Order.Court.TimeZone == "" {
			return bad("order.court.time_zone", "the court's time zone %q is not known", in.Order.Court.TimeZone)
		}
		in.Location = loc
	}
	if len(in.Accounts) == 0 {
		return bad("accounts", "no accounts: a production holds the records of at least one account the order names")
	}
	seen := map[string]bool{}
	for i, a := range in.Accounts {
		if _, ok := in.Order.Target(a.Label); !ok {
			return bad(fmt.Sprintf("accounts[%d].label", i), "%q is not a target of the order", a.Label)
		}
		if seen[a.Label] {
			return bad(fmt.Sprintf("accounts[%d].label", i), "%q appears twice", a.Label)
		}
		seen[a.Label] = true
	}
	if in.BatesPrefix == "" {
		in.BatesPrefix = DefaultBatesPrefix
	}
	if strings.ContainsAny(in.BatesPrefix, "0123456789 \t\n,\"") {
		return bad("bates_prefix", "%q: a Bates prefix is letters and punctuation such as TWTR-, without digits, spaces or commas", in.BatesPrefix)
	}
	if in.BatesStart == 0 {
		in.BatesStart = 1
	}
	if in.BatesStart < 1 || in.BatesStart > 999999 {
		return bad("bates_start", "%d: a Bates number is from 1 to 999999", in.BatesStart)
	}
	in.Now = in.Now.UTC()
	return in, nil
}

// builder makes the files of one package.
type builder struct {
	in       Input
	font     *pdf.Font
	next     int // the next Bates number
	files    []File
	findings []Finding
	exempt   map[string]bool
	// root is the folder the package is written to; "" lays every
	// document out, without the access logs, and writes nothing (the
	// font's check).
	root string
	// work makes a folder for the runs of an access log too large to sort
	// in memory.
	work func() (string, error)
	// written holds the size and SHA-256 of each file of data/ written,
	// by its path.
	written map[string]File
	// missing gathers the characters the font lacks across every
	// document, so that one refusal names them all.
	missing map[rune]bool
}

func newBuilder(in Input, font *pdf.Font, root string) *builder {
	return &builder{in: in, font: font, root: root, next: in.BatesStart, exempt: map[string]bool{}, written: map[string]File{}}
}

func (b *builder) build(ctx context.Context, progress func(string)) (*Manifest, error) {
	in := b.in
	o := in.Order
	m := &Manifest{
		Format: ManifestFormat,
		CaseID: in.CaseID,
		Order: OrderRef{CaseNumber: o.CaseNumber, Court: o.Court.Name, CourtID: o.Court.ID, Date: o.Date, Judge: o.Judge,
			Statute: o.Statute, Applicant: o.Applicant, Provider: o.Provider, Disposition: o.Disposition},
		ResponseDate:   in.ResponseDate,
		Built:          in.Now,
		TimeZone:       in.Location.String(),
		Custodian:      in.Custodian,
		UseRestriction: o.UseRestriction,
		Excluded:       Excluded{Fields: slices.Clone(o.ExcludedFields), CategoriesNotAllowed: notAllowed(o)},
		Scan: "Before this package was completed, every byte of every file was scanned for card numbers (Luhn-valid runs of 13 to 19 digits, " +
			"together or in groups separated by spaces or dashes) and for card expiry dates and security codes, in the files' bytes and in the text " +
			"their PDF pages show; a single hit stops the build and no package is written.",
	}
	if m.Excluded.Fields == nil {
		m.Excluded.Fields = []order.Field{}
	}
	for _, a := range in.Accounts {
		b.exempt[a.Resolution.AccountID] = true
	}
	for i, a := range in.Accounts {
		if err := ctx.Err(); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
		}
		am, w, err := b.account(ctx, i, a)
		if err != nil {
			return nil, err
		}
		m.Accounts = append(m.Accounts, am)
		m.Withheld = append(m.Withheld, w)
		logs := ""
		if am.AccessLog != nil {
			logs = fmt.Sprintf(", %d access-log entries in the windows", am.AccessLog.Entries)
		}
		progress(fmt.Sprintf("account %d of %d (%s): %d pages%s", i+1, len(in.Accounts), a.Label, am.Bates.Pages, logs))
	}
	m.Bates = BatesRange{First: m.Accounts[0].Bates.First, Last: m.Accounts[len(m.Accounts)-1].Bates.Last, Pages: b.next - in.BatesStart}

	if err := ctx.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
	}
	progress("the custodian's declaration")
	if err := b.declaration(m); err != nil {
		return nil, err
	}
	if len(b.missing) > 0 {
		return nil, b.glyphsError()
	}
	if in.LoadFiles {
		progress("load files")
		if err := b.loadFiles(m); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(b.files, func(x, y File) int { return strings.Compare(x.Path, y.Path) })
	m.Files = b.files
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot write the manifest")
	}
	if err := b.writeFile(ManifestName, append(data, '\n')); err != nil {
		return nil, err
	}
	return m, nil
}

// notAllowed lists the categories the order does not allow.
func notAllowed(o *order.Order) []order.Category {
	out := []order.Category{}
	for _, c := range order.Categories {
		if !o.Allows(c) {
			out = append(out, c)
		}
	}
	return out
}

// account writes one account's summary and access log.
func (b *builder) account(ctx context.Context, i int, a Account) (AccountManifest, Withheld, error) {
	in, o := b.in, b.in.Order
	am := AccountManifest{Label: a.Label, AccountID: a.Resolution.AccountID, Created: a.Resolution.Created.UTC()}
	w := Withheld{Label: a.Label, NotReached: map[order.Category]int{}}
	windows, err := Scope(o, in.ResponseDate, in.Location, a.Resolution.Created)
	if err != nil {
		return am, w, err
	}
	am.Windows = windows
	if am.Windows == nil {
		am.Windows = []Window{}
	}
	sels, dropped, err := Minimise(o, a, in.ResponseDate, in.Location, in.Now)
	if err != nil {
		return am, w, err
	}
	w.Dropped = dropped
	for _, s := range sels {
		records := 0
		for _, v := range s.Values {
			records += v.Records
		}
		am.Categories = append(am.Categories, CategoryCount{Category: s.Category, Requests: s.Requests, Standard: s.Standard, History: s.History, Values: len(s.Values), Records: records})
		if s.NotReached > 0 {
			w.NotReached[s.Category] = s.NotReached
		}
	}
	folder := fmt.Sprintf("%02d-%s", i+1, slug(a.Label))

	var log *AccessLog
	var csvFile *File
	if o.Allows(order.AccessLogs) {
		path := folder + "/access-log.csv"
		l, stats, f, err := b.accessLog(ctx, a, windows, path)
		if err != nil {
			return am, w, err
		}
		log, csvFile = l, &f
		w.LogOutsideWindows, w.LogDuplicates = l.Outside, l.Duplicates
		src := LogSource{Bytes: stats.Bytes, Lines: stats.Lines, CorruptLines: stats.CorruptLines, Corrupt: slices.Clone(stats.Corrupt)}
		for k := range src.Corrupt {
			src.Corrupt[k].File = filepath.Base(src.Corrupt[k].File)
		}
		am.AccessLog = &LogCount{Entries: l.Count, Addresses: len(l.Addresses), Source: src}
		am.Files = append(am.Files, path)
	} else {
		w.LogNotAllowed = len(a.Log)
	}

	doc := summary(b, a, sels, windows, log, csvFile)
	first := b.next
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		return pdf.Footer{
			Left:   fmt.Sprintf("Case No. %s · %s · page %d of %d", o.CaseNumber, a.Label, page, pages),
			Right:  b.bates(first + page - 1),
			Legend: legend(o),
		}
	})
	if b.noteMissing(err) {
		// Nothing of this summary is kept: the build goes on only to find
		// every character the font lacks, and then refuses.
		return am, w, nil
	}
	if err != nil {
		return am, w, fault.Wrap(fault.Internal, err, "cannot render the summary of %s", a.Label)
	}
	if first+res.Pages-1 > 999999 {
		return am, w, fault.Errorf(fault.Invalid, "the Bates numbers run past 999999; start lower")
	}
	b.next += res.Pages
	am.Bates = BatesRange{First: b.bates(first), Last: b.bates(b.next - 1), Pages: res.Pages}
	path := folder + "/summary.pdf"
	b.findings = append(b.findings, scanLaidOutText("data/"+path, res.Text, b.exempt)...)
	if err := b.writeFile(path, res.PDF); err != nil {
		return am, w, err
	}
	bates := am.Bates
	if _, err := b.recordFile(path, "summary", a.Label, &bates); err != nil {
		return am, w, err
	}
	am.Files = append([]string{path}, am.Files...)
	return am, w, nil
}

// bates formats a Bates number.
func (b *builder) bates(n int) string { return fmt.Sprintf("%s%06d", b.in.BatesPrefix, n) }

// legend is the use restriction printed on every page.
func legend(o *order.Order) string {
	text := strings.TrimSpace(o.UseRestriction.Text)
	if text == "" {
		text = "Use restricted to " + strings.Join(o.UseRestriction.Purposes, "; ") + "."
	}
	return fmt.Sprintf("CONFIDENTIAL — produced under the order of %s in Case No. %s. USE RESTRICTION: %s", o.Date, o.CaseNumber, text)
}

// slug makes a label safe as a folder name.
func slug(label string) string {
	var s strings.Builder
	for _, r := range label {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			s.WriteRune(r)
		default:
			s.WriteByte('_')
		}
	}
	return strings.Trim(s.String(), ".")
}

// writeFile writes a file of the payload (nothing in the font's check)
// and keeps its size and SHA-256.
func (b *builder) writeFile(rel string, data []byte) error {
	if _, dup := b.written[rel]; dup {
		return fault.Errorf(fault.Internal, "the package would hold %s twice", rel)
	}
	if b.root != "" {
		if err := writePayloadFile(b.root, rel, data); err != nil {
			return err
		}
	}
	sum := sha256.Sum256(data)
	b.written[rel] = File{Path: rel, Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
	return nil
}

// recordFile enters a file written into the manifest's list.
func (b *builder) recordFile(rel, kind, account string, bates *BatesRange) (File, error) {
	f, ok := b.written[rel]
	if !ok {
		return File{}, fault.Errorf(fault.Internal, "%s is not in the package", rel)
	}
	f.Kind, f.Account, f.Bates = kind, account, bates
	b.files = append(b.files, f)
	return f, nil
}

// noteMissing reports whether err is the refusal of a document whose font
// lacks some of its characters, and notes them.
func (b *builder) noteMissing(err error) bool {
	var mg *pdf.MissingGlyphsError
	if !errors.As(err, &mg) {
		return false
	}
	if b.missing == nil {
		b.missing = map[rune]bool{}
	}
	for _, r := range mg.Chars {
		b.missing[r] = true
	}
	return true
}

// glyphsError refuses a package whose font cannot show all of it. With a
// font WRIT_FONT names, the setting is wrong for this package (exit 2 on
// the command line); with the font writ embeds, writ cannot make it, and
// the person can name a font that can.
func (b *builder) glyphsError() error {
	chars := slices.Sorted(maps.Keys(b.missing))
	list := pdf.CharList(chars)
	if b.in.FontPath == "" {
		return &fault.Error{Code: fault.Refused, Err: &pdf.MissingGlyphsError{Chars: chars},
			Message: fmt.Sprintf("nothing was written: the font writ embeds, %s, has no glyph for %s, which the package must show; set WRIT_FONT to a TrueType font that has them", pdf.EmbeddedFontName, list)}
	}
	return &fault.Error{Code: fault.Invalid, Field: "WRIT_FONT", Err: &pdf.MissingGlyphsError{Chars: chars},
		Message: fmt.Sprintf("%s has no glyph for %s, which the package must show; nothing was written. Name a TrueType font that has them, or leave WRIT_FONT unset for the font writ embeds", b.in.FontPath, list)}
}

// writePayloadFile writes a file of data/ under root, readable by its
// owner only: a package holds people's data.
func writePayloadFile(root, rel string, data []byte) error {
	path := filepath.Join(root, "data", filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", rel)
	}
	if err := writeSynced(path, data); err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", rel)
	}
	return nil
}

// writeSynced writes a file and flushes it to the disk.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a folder's entries to the disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// timeText writes an instant in the court's zone and in UTC.
func timeText(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "time not recorded"
	}
	return fmt.Sprintf("%s (%s)", t.In(loc).Format("2006-01-02 15:04:05 MST"), t.UTC().Format("2006-01-02 15:04:05 UTC"))
}
