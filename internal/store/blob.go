package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// MaxBlob bounds one blob: the preserved records of one account are far
// smaller; access logs stay in the platform's own store.
const MaxBlob = 256 << 20

// PutBlob stores bytes under a case and returns their SHA-256 (hex). Storing
// the same bytes again is a no-op that returns the same name.
func (s *sqlStore) PutBlob(ctx context.Context, caseID string, data []byte) (string, error) {
	if len(data) == 0 || len(data) > MaxBlob {
		return "", fault.Errorf(fault.Invalid, "a blob holds 1 byte to %d MiB, not %d bytes", MaxBlob>>20, len(data))
	}
	if _, err := s.Case(ctx, caseID); err != nil {
		return "", err
	}
	name := blobName(data)
	if err := s.insertBlob(ctx, s.db, caseID, data, s.now()); err != nil {
		return "", err
	}
	return name, nil
}

// blobName is the name of a blob: its SHA-256 in lowercase hex.
func blobName(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// insertBlob stores a blob of a case (again: a no-op).
func (s *sqlStore) insertBlob(ctx context.Context, q execer, caseID string, data []byte, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO blobs (case_id, sha256, data, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id, sha256) DO NOTHING`,
		caseID, blobName(data), data, s.d.timeArg(now.UTC().Truncate(time.Microsecond)))
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not store the blob")
	}
	return nil
}

// Blob returns the bytes stored under a case with that SHA-256, after
// checking that they still hash to it.
func (s *sqlStore) Blob(ctx context.Context, caseID, name string) ([]byte, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM blobs WHERE case_id = $1 AND sha256 = $2`, caseID, name).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fault.Errorf(fault.NotFound, "case %s has no blob %s", caseID, name)
	}
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the blob")
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != name {
		return nil, fault.Errorf(fault.Tampered, "blob %s of case %s no longer matches its hash", name, caseID)
	}
	return data, nil
}
