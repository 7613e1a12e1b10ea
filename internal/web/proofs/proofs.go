// Package proofs serves what anyone needs to check writ's log without
// writ: the log's public key (GET /log/key), its latest signed checkpoint
// (GET /log/checkpoint), and the inclusion proof of one event
// (GET /log/proofs/CASE/SEQ/HASH), which an account holder's receipt links
// to so that, once the next checkpoint is signed, they can check that the
// objection they sent is in the log unchanged (issue 18, item 2).
//
// Nothing served here is a person's data: a key, a size, a root hash, a
// time, and a proof naming a case, a number and hashes. A proof is given
// only to whoever names the event's full record hash (256 bits, on the
// holder's receipt alone): a wrong hash, case or number gets the words a
// record that does not exist gets, so that the address tells nothing about
// which cases exist.
package proofs

import (
	"context"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/web/route"
)

// Tree is what the routes need of the store's log tree (store.LogTree).
type Tree interface {
	Leaf(ctx context.Context, kind, caseID string, seq int64) (checkpoint.Leaf, int64, error)
	ProveLeaf(ctx context.Context, size, index int64) (tlog.RecordProof, error)
	LatestCheckpoint(ctx context.Context) ([]byte, error)
}

// Log serves the log's public routes.
type Log struct {
	Tree Tree
	// Verifier is the log's public key (checkpoint.VerifierKey of
	// WRIT_LOG_KEY_FILE's key); "" when writ has no key, makes no
	// checkpoints, and serves none of these routes.
	Verifier string
	// Every is how often this writ signs a checkpoint, for the answer to a
	// proof asked before the next; 0 when it signs none itself (another
	// process does).
	Every time.Duration
	Log   *slog.Logger
}

// Path is the address of the proof of event seq of case id, whose record
// hash is hash: the link a holder's receipt carries.
func Path(id string, seq int64, hash string) string {
	return fmt.Sprintf("/log/proofs/%s/%d/%s", id, seq, hash)
}

// Routes is the route table of the log's public routes.
func (l *Log) Routes() []route.Route {
	return []route.Route{
		{Pattern: "GET /log/key", Handler: http.HandlerFunc(l.key)},
		{Pattern: "GET /log/checkpoint", Handler: http.HandlerFunc(l.checkpoint)},
		{Pattern: "GET /log/proofs/{case}/{seq}/{hash}", Handler: http.HandlerFunc(l.proof)},
	}
}

// text writes a short plain answer.
func text(w http.ResponseWriter, code int, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(s))
}

const noKey = "This writ keeps no signed log: it has no log key (WRIT_LOG_KEY_FILE).\n"

func (l *Log) key(w http.ResponseWriter, _ *http.Request) {
	if l.Verifier == "" {
		text(w, http.StatusNotFound, noKey)
		return
	}
	text(w, http.StatusOK, l.Verifier+"\n")
}

func (l *Log) checkpoint(w http.ResponseWriter, r *http.Request) {
	if l.Verifier == "" {
		text(w, http.StatusNotFound, noKey)
		return
	}
	signed, err := l.Tree.LatestCheckpoint(r.Context())
	if fault.CodeOf(err) == fault.NotFound {
		text(w, http.StatusNotFound, "The log has no signed checkpoint yet.\n")
		return
	}
	if err != nil {
		l.Log.ErrorContext(r.Context(), "log: latest checkpoint", "err", err)
		text(w, http.StatusInternalServerError, "The checkpoint could not be read; try again later.\n")
		return
	}
	text(w, http.StatusOK, string(signed))
}

// noSuchRecord is the one answer to a proof asked of a record that does
// not exist or by a hash that is not its own.
const noSuchRecord = "No record of writ's log has this address. Check the link on your receipt: it ends with the record's full hash.\n"

func (l *Log) proof(w http.ResponseWriter, r *http.Request) {
	if l.Verifier == "" {
		text(w, http.StatusNotFound, noKey)
		return
	}
	ctx := r.Context()
	id, hash := r.PathValue("case"), r.PathValue("hash")
	seq, err := strconv.ParseInt(r.PathValue("seq"), 10, 64)
	if err != nil || seq < 1 || len(hash) != 64 {
		text(w, http.StatusNotFound, noSuchRecord)
		return
	}
	leaf, idx, err := l.Tree.Leaf(ctx, checkpoint.KindEvent, id, seq)
	switch {
	case fault.CodeOf(err) == fault.NotFound:
		text(w, http.StatusNotFound, noSuchRecord)
		return
	case err != nil:
		// Tampered, or the database: the holder is told nothing of which.
		l.Log.ErrorContext(ctx, "log: the leaf of a proof", "case_id", id, "seq", seq, "err", err)
		text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
		return
	}
	if subtle.ConstantTimeCompare([]byte(leaf.RecordHash), []byte(hash)) != 1 {
		text(w, http.StatusNotFound, noSuchRecord)
		return
	}
	signed, err := l.Tree.LatestCheckpoint(ctx)
	if err != nil && fault.CodeOf(err) != fault.NotFound {
		l.Log.ErrorContext(ctx, "log: latest checkpoint", "err", err)
		text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
		return
	}
	var c checkpoint.Checkpoint
	if err == nil {
		if c, err = checkpoint.Open(signed, l.Verifier); err != nil {
			l.Log.ErrorContext(ctx, "log: the latest checkpoint does not open with the log's key", "err", err)
			text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
			return
		}
	}
	if signed == nil || idx >= c.Size {
		when := "once the next checkpoint is signed"
		wait := time.Hour
		if l.Every > 0 {
			when, wait = fmt.Sprintf("once the next checkpoint is signed, within %s", l.Every), l.Every
		}
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
		text(w, http.StatusNotFound, "This record is in writ's log, after its latest signed checkpoint: its proof can be given "+when+". Come back to this address then.\n")
		return
	}
	path, err := l.Tree.ProveLeaf(ctx, c.Size, idx)
	if err != nil {
		l.Log.ErrorContext(ctx, "log: prove a leaf", "case_id", id, "seq", seq, "err", err)
		text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
		return
	}
	p := checkpoint.NewProof(leaf, idx, path, signed)
	if _, err := p.Check(l.Verifier); err != nil {
		l.Log.ErrorContext(ctx, "log: a proof that does not check", "case_id", id, "seq", seq, "err", err)
		text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
		return
	}
	b, err := checkpoint.Marshal(p)
	if err != nil {
		text(w, http.StatusInternalServerError, "The proof could not be made; try again later.\n")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="writ-proof-%s-%d.json"`, id, seq))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}
