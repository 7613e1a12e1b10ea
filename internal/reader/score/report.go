package score

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/writ-project/writ/internal/reader"
)

// Report is the reader's accuracy on a folder of orders.
type Report struct {
	Dir     string   `json:"dir"`
	Files   []string `json:"files"`
	Results []Result `json:"results"`
}

// Tally counts the right fields of a set of results.
type Tally struct {
	Right int `json:"right"`
	Total int `json:"total"`
}

// Percent is the share of right fields, 0 to 100.
func (t Tally) Percent() float64 {
	if t.Total == 0 {
		return 0
	}
	return 100 * float64(t.Right) / float64(t.Total)
}

func (t *Tally) add(r Result) {
	t.Total++
	if r.Right {
		t.Right++
	}
}

// ByField tallies each field.
func (r *Report) ByField() map[string]Tally {
	out := map[string]Tally{}
	for _, x := range r.Results {
		t := out[x.Field]
		t.add(x)
		out[x.Field] = t
	}
	return out
}

// ByGroup tallies each group of fields.
func (r *Report) ByGroup() map[Group]Tally {
	out := map[Group]Tally{}
	for _, x := range r.Results {
		t := out[x.Group]
		t.add(x)
		out[x.Group] = t
	}
	return out
}

// Invented lists the results where the reader stated a term the order
// does not.
func (r *Report) Invented() []Result {
	var out []Result
	for _, x := range r.Results {
		if x.Invented {
			out = append(out, x)
		}
	}
	return out
}

// Wrong lists the results the reader did not get right.
func (r *Report) Wrong() []Result {
	var out []Result
	for _, x := range r.Results {
		if !x.Right {
			out = append(out, x)
		}
	}
	return out
}

// LoadExpected reads dir/expected.json.
func LoadExpected(dir string) ([]Terms, error) {
	p := filepath.Join(dir, "expected.json")
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var want []Terms
	if err := json.Unmarshal(data, &want); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	for i, w := range want {
		if w.File == "" || filepath.Base(w.File) != w.File {
			return nil, fmt.Errorf("%s: entry %d names no file in the folder (%q)", p, i, w.File)
		}
		// A list written null is empty.
		for _, l := range []*[]string{&want[i].CategoriesAuthorized, &want[i].CategoriesDenied, &want[i].ExcludedFields} {
			if *l == nil {
				*l = []string{}
			}
		}
	}
	return want, nil
}

// Run reads each order of dir/expected.json (only those named in only,
// when only is not empty) with read, and scores what it proposes. read
// turns a file's path into its text (a PDF through its text layer).
func Run(dir string, only []string, read func(path string) (string, error)) (*Report, error) {
	want, err := LoadExpected(dir)
	if err != nil {
		return nil, err
	}
	for _, o := range only {
		if !slices.ContainsFunc(want, func(w Terms) bool { return w.File == o }) {
			return nil, fmt.Errorf("%s is not in %s", o, filepath.Join(dir, "expected.json"))
		}
	}
	rep := &Report{Dir: dir, Files: []string{}, Results: []Result{}}
	for _, w := range want {
		if len(only) > 0 && !slices.Contains(only, w.File) {
			continue
		}
		text, err := read(filepath.Join(dir, w.File))
		if err != nil {
			return nil, err
		}
		got := FromProposal(w.File, reader.Read(text))
		rep.Files = append(rep.Files, w.File)
		rep.Results = append(rep.Results, Compare(w, got)...)
	}
	return rep, nil
}

// Summary is a report as JSON: every result, the tallies by field and by
// group, and the invented terms.
type Summary struct {
	*Report
	Fields   map[string]Tally `json:"fields"`
	Groups   map[Group]Tally  `json:"groups"`
	Invented []Result         `json:"invented"`
}

// JSON returns the report as it is written in JSON.
func (r *Report) JSON() Summary {
	inv := r.Invented()
	if inv == nil {
		inv = []Result{}
	}
	return Summary{r, r.ByField(), r.ByGroup(), inv}
}

// Print writes the report for a person: each field's accuracy, each
// group's, what was wrong, and every invented term.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%d orders in %s, scored against expected.json\n\n", len(r.Files), r.Dir)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIELD\tGROUP\tRIGHT\tOF\tACCURACY")
	by := r.ByField()
	for _, f := range Fields {
		t := by[f.Name]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f%%\n", f.Name, f.Group, t.Right, t.Total, t.Percent())
	}
	groups := r.ByGroup()
	var all Tally
	for _, g := range []Group{Caption, Operative} {
		t := groups[g]
		all.Right += t.Right
		all.Total += t.Total
		fmt.Fprintf(tw, "%s fields\t\t%d\t%d\t%.1f%%\n", g, t.Right, t.Total, t.Percent())
	}
	fmt.Fprintf(tw, "all fields\t\t%d\t%d\t%.1f%%\n", all.Right, all.Total, all.Percent())
	tw.Flush()
	if wrong := r.Wrong(); len(wrong) > 0 {
		fmt.Fprintln(w, "\nWrong (null: left to a person):")
		for _, x := range wrong {
			mark := ""
			if x.Invented {
				mark = "  INVENTED"
			}
			fmt.Fprintf(w, "  %s %s: got %s, want %s%s\n", x.File, x.Field, x.Got, x.Want, mark)
		}
	}
	inv := r.Invented()
	if len(inv) == 0 {
		fmt.Fprintln(w, "\nInvented terms: none.")
		return
	}
	fmt.Fprintf(w, "\nInvented terms: %d.\n", len(inv))
	for _, x := range inv {
		what := x.Got
		if len(x.Extra) > 0 {
			what = strings.Join(x.Extra, ", ")
		}
		fmt.Fprintf(w, "  %s %s: %s\n", x.File, x.Field, what)
	}
}
