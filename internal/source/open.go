package source

import (
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// Open opens the source a spec names: "demo:DIR" (the demo platform),
// "jsonl:PATH" or "csv:PATH" (access-log files, a glob allowed; they hold
// no other records), or the path of a SQL connector config file.
func Open(spec string) (Source, error) {
	kind, rest, ok := strings.Cut(spec, ":")
	switch {
	case spec == "":
		return nil, fault.Errorf(fault.Invalid, "no source: name the platform's records with --source or WRIT_SOURCE (demo:DIR, jsonl:PATH, csv:PATH, or a connector config file)")
	case ok && kind == "demo":
		return OpenDemo(rest)
	case ok && (kind == "jsonl" || kind == "csv"):
		return OpenLogSource(rest, LogFormat{Kind: kind})
	case ok && len(kind) > 1 && !strings.ContainsAny(kind, `/\.`):
		return nil, fault.Errorf(fault.Invalid, "%q is not a kind of source: use demo:DIR, jsonl:PATH, csv:PATH, or a connector config file", kind)
	}
	return OpenSQL(spec)
}
