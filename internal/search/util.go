package search

import (
	"math"

	"github.com/career-copilot/copilot/internal/profile"
)

func ln(x float64) float64 { return math.Log(x) }

func matchProfile() profile.Profile { return profile.DefaultProfile() }
