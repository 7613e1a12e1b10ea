package production

import (
	"bytes"
	"encoding/csv"
	"time"

	"github.com/writ-project/writ/internal/source"
)

// accessLogHeader names the columns of an access-log CSV. The order
// reaches "dates, times, and IP addresses": a source port, which some
// platforms log, is not among them and is not produced.
var accessLogHeader = []string{"time_utc", "time_court", "ip"}

// accessLogCSV writes access-log entries as CSV (RFC 4180, CRLF line
// ends): the time in UTC (RFC 3339), the time in the court's zone (RFC
// 3339 with its offset), and the IP address.
func accessLogCSV(entries []source.LogEntry, loc *time.Location) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	_ = w.Write(accessLogHeader)
	for _, e := range entries {
		_ = w.Write([]string{
			e.Time.UTC().Format(time.RFC3339Nano),
			e.Time.In(loc).Format(time.RFC3339Nano),
			e.IP.String(),
		})
	}
	w.Flush()
	return buf.Bytes()
}
