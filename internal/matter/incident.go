package matter

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Incident is an act writ did that, on what writ has been told since, the
// order did not allow: a production released (or downloaded by the
// applicant's counsel) while a contest that was already made, but not yet
// recorded, held it back. The late fact is kept — it is the truth — and the
// incident is shown to the platform's staff and to the court, who must
// decide what to do (invariant 10). Its JSON names are a contract.
type Incident struct {
	// Kind is released_while_contested or downloaded_while_contested.
	Kind       string `json:"kind"`
	Production string `json:"production"`
	// At is when the act was done.
	At time.Time `json:"at"`
	// Facts are the seqs of the events recorded after the act that, dated
	// before it, would have prevented it.
	Facts []int64 `json:"facts"`
	// Reasons are the gate's reasons, on everything known now, at the
	// moment of the act.
	Reasons []string `json:"reasons"`
	Message string   `json:"message"`
}

// Incidents finds every release and every download by the applicant's
// counsel that the gate, judged now on everything recorded about the
// moment it was done, would have refused: because of facts told to writ
// after it, or (in a log kept before acts were bound to the moment they
// are done) because it was recorded as done earlier than it was.
func Incidents(events []Event, cal *courttime.Calendar) ([]Incident, error) {
	var out []Incident
	for _, e := range Effective(events) {
		kind := ""
		switch {
		case e.Type == ProductionReleased:
			kind = "released_while_contested"
		case e.Type == ProductionDownloaded && e.By != order.Provider:
			kind = "downloaded_while_contested"
		default:
			continue
		}
		// An act happened when writ recorded it. (Before acts could not be
		// back-dated, a release could carry an earlier At than the moment
		// it was made; the moment it was made is what counts.)
		done := e.RecordedAt
		if done.IsZero() {
			done = e.At
		}
		// The facts told since the act that are dated before it.
		var late []Event
		for _, f := range Effective(events) {
			if f.RecordedAt.After(done) && !f.At.After(done) {
				late = append(late, f)
			}
		}
		then := Apply(events, done)
		p := then.Production(e.On[0])
		if p == nil {
			continue
		}
		windows, err := Windows(then, cal, done)
		if err != nil {
			return nil, err
		}
		g := Decide(then, windows, cal, done)
		var reasons []string
		for _, label := range p.Accounts {
			if ag, ok := g.For(label); ok && !ag.Open {
				for _, r := range ag.Reasons {
					reasons = append(reasons, label+": "+r)
				}
			}
		}
		if len(reasons) == 0 {
			continue
		}
		in := Incident{Kind: kind, Production: p.ID, At: done, Reasons: reasons, Facts: []int64{}}
		var told []string
		for _, f := range late {
			in.Facts = append(in.Facts, f.Seq)
			told = append(told, fmt.Sprintf("%s dated %s, recorded %s (event %d)", strings.ReplaceAll(string(f.Type), "_", " "),
				courtDay(cal, f.At).Long(), courtDay(cal, f.RecordedAt).Long(), f.Seq))
		}
		verb := "released"
		if kind == "downloaded_while_contested" {
			verb = "downloaded by the applicant's counsel"
		}
		since := "Nothing has been recorded since that changes the case as it stood then, yet"
		if len(told) > 0 {
			since = "Since then writ was told of " + strings.Join(told, "; ") + ". On everything now known,"
		}
		in.Message = fmt.Sprintf("Production %s was %s on %s. %s the order did not allow disclosure at that moment. Tell the court and the applicant's counsel, and ask counsel to return or destroy the production.",
			p.ID, verb, courtDay(cal, done).Long(), since)
		out = append(out, in)
	}
	return out, nil
}
