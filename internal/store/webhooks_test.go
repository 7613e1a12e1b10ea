package store_test

import (
	"testing"

	"github.com/writ-project/writ/internal/store/storetest"
)

// The webhook store's conformance tests, on both databases.
func TestSQLiteWebhooks(t *testing.T) { storetest.Webhooks(t, sqliteDatabase) }

func TestPostgresWebhooks(t *testing.T) { storetest.Webhooks(t, postgresDatabase) }
