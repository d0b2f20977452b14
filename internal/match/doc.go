// Package match scores how well a posting fits a user's profile and resume.
//
// Scoring is pure and deterministic: a Candidate (profile + resume, prepared
// once) and a posting's Features (prepared once when the posting is indexed)
// give the same Result every time. Score is cheap enough to run over every
// posting in the index; Explain is the slower, wordy form for the few shown.
//
// The score is 0–100, a weighted sum of components (see Weights): skill
// coverage, title similarity, seniority fit, location and remote fit, salary
// fit, recency and text relevance. A dealbreaker excludes a posting outright.
package match
