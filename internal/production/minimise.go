package production

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// Value is one line of a category in a production. Under "documents
// sufficient to show" it is a distinct value, shown once however many
// records hold it, with the first and last time it was registered; under
// "all documents showing" it is one record.
type Value struct {
	Fields []source.Field `json:"fields"`
	// FirstRegistered and LastRegistered are the earliest and latest times
	// a record with this value was registered (zero: the source does not
	// say).
	FirstRegistered time.Time `json:"first_registered,omitzero"`
	LastRegistered  time.Time `json:"last_registered,omitzero"`
	// Current is set when the value is still registered; otherwise Until
	// is when it was last replaced.
	Current bool      `json:"current"`
	Until   time.Time `json:"until,omitzero"`
	// Records counts the records that hold the value.
	Records int `json:"records"`
}

// Selection is what a production holds of one category for one account,
// and under which rule of the order.
type Selection struct {
	Category order.Category `json:"category"`
	// Requests are the numbers of the order's requests that reach the
	// category.
	Requests []int `json:"requests"`
	// Standard is all_documents when any of those requests asks for all
	// documents, and sufficient_to_show otherwise.
	Standard order.Standard `json:"standard"`
	// History is the history rule applied: current or ever_registered.
	History order.History `json:"history"`
	Values  []Value       `json:"values"`
	// Records counts the records of the category the source returned;
	// NotReached those the requests' history and windows did not reach.
	Records    int `json:"records"`
	NotReached int `json:"not_reached"`
}

// Dropped counts what was removed from an account's records before
// anything was rendered: fields outside the order's reach and records of
// categories the order does not allow.
type Dropped struct {
	// Fields are fields a source returned that are not among the fields
	// writ reads for their category (source.Allowed), or that the order
	// excludes. A well-behaved source returns none.
	Fields []DroppedField `json:"fields,omitempty"`
	// Categories are records of categories the order does not allow.
	Categories []DroppedCategory `json:"categories,omitempty"`
}

// DroppedField counts the values of one field that were not produced.
type DroppedField struct {
	Category order.Category `json:"category"`
	Values   int            `json:"values"`
	Field    string         `json:"field"`
}

// DroppedCategory counts the records of one category that were not
// produced.
type DroppedCategory struct {
	Category order.Category `json:"category"`
	Records  int            `json:"records"`
}

// Minimise selects what a production shows of an account's records: only
// the categories the order allows, only the fields writ reads for each
// (never an excluded field), only the values the requests' history rule
// (current or ever registered, at the moment now) and windows reach; then,
// for "documents sufficient to show", each distinct value once with the
// first and last time it was registered, and for "all documents showing"
// every record. A request that states no history rule is read as reaching
// the current values, the narrower reading. resp and loc resolve the
// requests' windows (see Scope).
func Minimise(o *order.Order, a Account, resp courttime.Date, loc *time.Location, now time.Time) ([]Selection, Dropped, error) {
	var dropped Dropped
	byCategory := map[order.Category][]source.Record{}
	for _, r := range a.Records {
		if r.Category == order.AccessLogs || !o.Allows(r.Category) {
			dropped.Categories = addDroppedCategory(dropped.Categories, r.Category)
			continue
		}
		byCategory[r.Category] = append(byCategory[r.Category], r)
	}
	var out []Selection
	for _, c := range order.Categories {
		if c == order.AccessLogs || !o.Allows(c) {
			continue
		}
		sel := Selection{Category: c, Standard: order.SufficientToShow, Records: len(byCategory[c])}
		reached := make([]bool, len(byCategory[c]))
		for _, req := range o.Requests {
			if !reaches(req, c) {
				continue
			}
			sel.Requests = append(sel.Requests, req.Number)
			if req.Standard == order.AllDocuments {
				sel.Standard = order.AllDocuments
			}
			h := historyOf(req)
			if sel.History == "" || h == order.EverRegistered {
				sel.History = h
			}
			var ws []Window
			if len(req.Windows) > 0 {
				var err error
				if ws, err = requestWindows(o, req, resp, loc, a.Resolution.Created); err != nil {
					return nil, Dropped{}, err
				}
			}
			for i, r := range byCategory[c] {
				if reach(r, h, ws, now) {
					reached[i] = true
				}
			}
		}
		var kept []source.Record
		for i, r := range byCategory[c] {
			if !reached[i] {
				sel.NotReached++
				continue
			}
			r.Fields = keepFields(o, r, &dropped)
			if len(r.Fields) == 0 {
				sel.NotReached++
				continue
			}
			kept = append(kept, r)
		}
		if sel.Standard == order.AllDocuments {
			sel.Values = everyRecord(kept, now)
		} else {
			sel.Values = distinctValues(kept, now)
		}
		out = append(out, sel)
	}
	return out, dropped, nil
}

// historyOf is the request's history rule; a request that says neither is
// read as reaching the current values only.
func historyOf(r order.Request) order.History {
	if r.History == "" {
		return order.Current
	}
	return r.History
}

// current reports whether a record is still registered at now.
func current(r source.Record, now time.Time) bool {
	return r.Superseded.IsZero() || r.Superseded.After(now)
}

// reach reports whether a request with history h and windows ws (none: not
// limited in time) reaches a record at now. A record registered after the
// production was built is not reached; a record whose registration time is
// unknown is, so that nothing the request reaches is silently left out.
func reach(r source.Record, h order.History, ws []Window, now time.Time) bool {
	if !r.Registered.IsZero() && r.Registered.After(now) {
		return false
	}
	if h == order.Current && !current(r, now) {
		return false
	}
	if len(ws) == 0 {
		return true
	}
	for _, w := range ws {
		// The record was registered during [Registered, Superseded): it is
		// in the window when that period and the window overlap.
		endsAfterFrom := r.Superseded.IsZero() || r.Superseded.After(w.From)
		if endsAfterFrom && r.Registered.Before(w.To) {
			return true
		}
	}
	return false
}

// keepFields returns the record's fields that writ reads for its category
// and the order does not exclude, with their values trimmed, counting the
// rest.
func keepFields(o *order.Order, r source.Record, d *Dropped) []source.Field {
	var kept []source.Field
	for _, f := range r.Fields {
		allowed := slices.Contains(source.Allowed[r.Category], f.Name) && !slices.Contains(o.ExcludedFields, order.Field(f.Name))
		if !allowed {
			d.Fields = addDroppedField(d.Fields, r.Category, f.Name)
			continue
		}
		if v := strings.TrimSpace(f.Value); v != "" {
			kept = append(kept, source.Field{Name: f.Name, Value: v})
		}
	}
	// Fields in the order writ lists them, so that the same value reads
	// the same whatever order the source returned its fields in.
	slices.SortStableFunc(kept, func(a, b source.Field) int {
		return cmp.Compare(slices.Index(source.Allowed[r.Category], a.Name), slices.Index(source.Allowed[r.Category], b.Name))
	})
	return kept
}

func addDroppedField(ds []DroppedField, c order.Category, name string) []DroppedField {
	for i := range ds {
		if ds[i].Category == c && ds[i].Field == name {
			ds[i].Values++
			return ds
		}
	}
	return append(ds, DroppedField{Category: c, Field: name, Values: 1})
}

func addDroppedCategory(ds []DroppedCategory, c order.Category) []DroppedCategory {
	for i := range ds {
		if ds[i].Category == c {
			ds[i].Records++
			return ds
		}
	}
	return append(ds, DroppedCategory{Category: c, Records: 1})
}

// valueKey identifies a value by its fields.
func valueKey(fs []source.Field) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Name)
		b.WriteByte(0)
		b.WriteString(f.Value)
		b.WriteByte(0)
	}
	return b.String()
}

// distinctValues shows each value once, in the order first registered.
func distinctValues(rs []source.Record, now time.Time) []Value {
	index := map[string]int{}
	var vs []Value
	for _, r := range rs {
		k := valueKey(r.Fields)
		i, ok := index[k]
		if !ok {
			i = len(vs)
			index[k] = i
			vs = append(vs, Value{Fields: r.Fields, FirstRegistered: r.Registered, LastRegistered: r.Registered})
		}
		v := &vs[i]
		v.Records++
		if !r.Registered.IsZero() && (v.FirstRegistered.IsZero() || r.Registered.Before(v.FirstRegistered)) {
			v.FirstRegistered = r.Registered
		}
		if r.Registered.After(v.LastRegistered) {
			v.LastRegistered = r.Registered
		}
		if current(r, now) {
			v.Current = true
		} else if r.Superseded.After(v.Until) {
			v.Until = r.Superseded
		}
	}
	for i := range vs {
		if vs[i].Current {
			vs[i].Until = time.Time{}
		}
	}
	sortValues(vs)
	return vs
}

// everyRecord shows every record, in the order registered.
func everyRecord(rs []source.Record, now time.Time) []Value {
	vs := make([]Value, 0, len(rs))
	for _, r := range rs {
		v := Value{Fields: r.Fields, FirstRegistered: r.Registered, LastRegistered: r.Registered, Records: 1, Current: current(r, now)}
		if !v.Current {
			v.Until = r.Superseded
		}
		vs = append(vs, v)
	}
	sortValues(vs)
	return vs
}

func sortValues(vs []Value) {
	slices.SortStableFunc(vs, func(a, b Value) int { return a.FirstRegistered.Compare(b.FirstRegistered) })
}
