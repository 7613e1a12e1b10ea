package production

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/source"
)

// categoryTitles name the categories as the seed order does.
var categoryTitles = map[order.Category]string{
	order.Names:           "Names",
	order.Addresses:       "Physical, billing, shipping and other addresses",
	order.Emails:          "E-mail addresses (recovery, authentication and other)",
	order.Phones:          "Telephone numbers (recovery, authentication and other)",
	order.CardHolder:      "Names and addresses on payment cards",
	order.OtherPayment:    "Non-card payment methods",
	order.AccessLogs:      "Access logs (dates, times and IP addresses)",
	order.AccountCreation: "Account creation",
	order.DeviceIDs:       "Device identifiers",
	order.Content:         "Content",
}

// fieldTitles name the fields of records for a reader.
var fieldTitles = map[string]string{
	"holder_name":     "name on card",
	"billing_address": "billing address",
	"device_id":       "device id",
}

// summary lays out the PDF summary of one account.
func summary(b *builder, a Account, sels []Selection, windows []Window, log *AccessLog, csv *File) *pdf.Document {
	in, o, loc := b.in, b.in.Order, b.in.Location
	doc := pdf.New(b.font, pdf.Options{
		Title:   fmt.Sprintf("Production, Case No. %s, account %s", o.CaseNumber, a.Label),
		Created: in.Now,
	})
	doc.Add(pdf.Title, fmt.Sprintf("%s — production in response to subpoena", o.Provider))
	doc.Add(pdf.Body, fmt.Sprintf("Case No. %s, %s", o.CaseNumber, o.Court.Name))
	doc.Add(pdf.Body, fmt.Sprintf("Order of %s (%s, %s) under %s, on the application of %s.", o.Date, o.Judge, o.JudgeTitle, o.Statute, o.Applicant))
	doc.Add(pdf.Body, fmt.Sprintf("Response date: %s. Times are given in the court's time zone (%s) and in UTC.", in.ResponseDate, loc))

	doc.Add(pdf.Heading, "Account: "+a.Label)
	if a.Resolution.AccountID != "" {
		doc.AddIndented(pdf.Body, 1, "Platform account id: "+a.Resolution.AccountID)
	}
	if !a.Resolution.Created.IsZero() {
		doc.AddIndented(pdf.Body, 1, "Created: "+timeText(a.Resolution.Created, loc))
	}
	if a.Resolution.Evidence != "" {
		doc.AddIndented(pdf.Body, 1, "How the account was identified: "+a.Resolution.Evidence)
	}

	// The categories, under the requests that reach them.
	for _, r := range o.Requests {
		var mine []Selection
		for _, s := range sels {
			if len(s.Requests) > 0 && s.Requests[0] == r.Number {
				mine = append(mine, s)
			}
		}
		logs := reaches(r, order.AccessLogs) && o.Allows(order.AccessLogs)
		if len(mine) == 0 && !logs {
			continue
		}
		doc.Add(pdf.Heading, fmt.Sprintf("Request %d — %s", r.Number, standardWords(r.Standard)))
		for _, s := range mine {
			selection(doc, s, b)
		}
		if logs {
			accessLog(doc, r.Number, windows, log, csv, b)
		}
	}

	doc.Add(pdf.Heading, "Not produced")
	var fields []string
	for _, f := range o.ExcludedFields {
		fields = append(fields, fieldWords(f))
	}
	if len(fields) > 0 {
		doc.AddIndented(pdf.Body, 1, "Excluded by the order, never read from the platform's records: "+strings.Join(fields, "; ")+".")
	}
	var cats []string
	for _, c := range notAllowed(o) {
		cats = append(cats, strings.ToLower(categoryTitles[c]))
	}
	if len(cats) > 0 {
		doc.AddIndented(pdf.Body, 1, "Categories the order does not reach: "+strings.Join(cats, "; ")+".")
	}
	return doc
}

func standardWords(s order.Standard) string {
	if s == order.AllDocuments {
		return "all documents showing"
	}
	return "documents sufficient to show"
}

func historyWords(h order.History) string {
	if h == order.EverRegistered {
		return "every value ever registered with the account"
	}
	return "the values registered with the account when the production was built"
}

func fieldWords(f order.Field) string {
	switch f {
	case order.CardNumber:
		return "card numbers"
	case order.CardExpiration:
		return "card expiry dates"
	case order.CardSecurityCode:
		return "card security codes"
	}
	return strings.ReplaceAll(string(f), "_", " ")
}

// selection lays out one category.
func selection(doc *pdf.Document, s Selection, b *builder) {
	loc := b.in.Location
	title := categoryTitles[s.Category]
	if title == "" {
		title = string(s.Category)
	}
	doc.Add(pdf.Subheading, title)
	how := "each distinct value once, with the first and last time it was registered"
	if s.Standard == order.AllDocuments {
		how = "every record"
	}
	doc.AddIndented(pdf.Small, 1, fmt.Sprintf("Shown: %s; %s.", historyWords(s.History), how))
	if len(s.Values) == 0 {
		doc.AddIndented(pdf.Body, 1, "None registered.")
		return
	}
	for i, v := range s.Values {
		doc.AddIndented(pdf.Body, 1, fmt.Sprintf("%d. %s", i+1, fieldsText(v.Fields)))
		doc.AddIndented(pdf.Small, 2, registeredText(v, s.Standard, loc))
	}
}

// fieldsText writes a value's fields; a value of one field is written
// alone.
func fieldsText(fs []source.Field) string {
	if len(fs) == 1 {
		return fs[0].Value
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		name := fieldTitles[f.Name]
		if name == "" {
			name = f.Name
		}
		parts[i] = name + ": " + f.Value
	}
	return strings.Join(parts, " · ")
}

func registeredText(v Value, st order.Standard, l *time.Location) string {
	var b strings.Builder
	if st == order.AllDocuments || v.FirstRegistered.Equal(v.LastRegistered) {
		fmt.Fprintf(&b, "Registered %s", timeText(v.FirstRegistered, l))
	} else {
		fmt.Fprintf(&b, "First registered %s; last registered %s", timeText(v.FirstRegistered, l), timeText(v.LastRegistered, l))
	}
	if v.Current {
		b.WriteString("; current")
	} else {
		fmt.Fprintf(&b, "; replaced %s", timeText(v.Until, l))
	}
	if v.Records > 1 {
		fmt.Fprintf(&b, " (%d records)", v.Records)
	}
	return b.String() + "."
}

// accessLog lays out the access log of a request: its windows, and each
// IP address once; the entries themselves are in the CSV file.
func accessLog(doc *pdf.Document, request int, windows []Window, log *AccessLog, csv *File, b *builder) {
	loc := b.in.Location
	doc.Add(pdf.Subheading, categoryTitles[order.AccessLogs])
	doc.AddIndented(pdf.Small, 1, "Windows applied:")
	for _, w := range windows {
		if w.Request != request {
			continue
		}
		doc.AddIndented(pdf.Small, 2, fmt.Sprintf("%s to %s — %s.", timeText(w.From, loc), timeText(w.To, loc), w.Rule))
	}
	if log == nil {
		return
	}
	n := log.PerRequest[request]
	if csv != nil {
		count := plural(n, "entry", "entries") + " inside the windows"
		if n != log.Count {
			count += fmt.Sprintf(" of this request (%d in all)", log.Count)
		}
		doc.AddIndented(pdf.Body, 1, fmt.Sprintf("%s, one a line in the file %s (%d bytes, SHA-256 %s), "+
			"with the time in UTC, the time in the court's time zone, and the IP address.", count, csv.Path, csv.Bytes, csv.SHA256))
	}
	if len(log.Addresses) == 0 {
		doc.AddIndented(pdf.Body, 1, "No access-log entries inside the windows.")
		return
	}
	doc.AddIndented(pdf.Body, 1, "IP addresses, each once, with the first and last access inside the windows:")
	for _, a := range log.Addresses {
		doc.AddIndented(pdf.Small, 2, fmt.Sprintf("%s — first %s; last %s; %s.", a.IP, timeText(a.First, loc), timeText(a.Last, loc), plural(a.Entries, "entry", "entries")))
	}
}

// plural writes a count with its noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
