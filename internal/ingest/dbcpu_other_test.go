//go:build !linux

package ingest_test

import (
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// dbCPU is not measured off Linux.
func dbCPU(*store.Store) time.Duration { return 0 }
