#!/usr/bin/env bash
# Tests scripts/release.sh in a throw-away git repository: which versions it accepts and refuses,
# and the exact CHANGELOG.md, VERSION, commit and tag it produces. Run by internal/deploytest.
set -euo pipefail
export LC_ALL=C

release="$(cd "$(dirname "$0")" && pwd)/release.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }

# accepts ARGS...: release.sh must succeed.
accepts() {
  local out
  if ! out=$(bash "$release" "$@" 2>&1); then fail "release.sh $* was refused: $out"; fi
}

# refuses PATTERN ARGS...: release.sh must fail with a message matching PATTERN.
refuses() {
  local want=$1 out
  shift
  if out=$(bash "$release" "$@" 2>&1); then
    fail "release.sh $* was accepted"
  elif ! grep -qE -- "$want" <<<"$out"; then
    fail "release.sh $*: message does not match /$want/: $out"
  fi
}

# same FILE EXPECTED-TEXT: the file's content must equal the expected text exactly.
same() {
  if ! diff -u <(printf '%s\n' "$2") "$1" >"$work/diff"; then
    fail "$1 differs from the expected content:"
    cat "$work/diff" >&2
  fi
}

commit() { git commit -q --allow-empty -m "$1"; }
short() { git rev-parse --short "$1"; }

cd "$work"
git init -q -b main repo
cd repo
git config user.name "Release Test"
git config user.email "release@example.com"
git config commit.gpgsign false
git config tag.gpgsign false

printf '0.1.0\n' >VERSION
cat >CHANGELOG.md <<'EOF'
# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

First public release.

[Unreleased]: https://example.com/copilot/commits/main
EOF
git add VERSION CHANGELOG.md
commit "chore: start"
commit "feat(source): add the greenhouse adapter"
commit "fix(fetch): honour Retry-After"
commit "docs: explain the two commands"
commit "perf(match): score postings in one pass"
commit "refactor: split the store by table"
commit "security(api): cap request bodies at 1 MiB"
commit "not a conventional commit"

# --- which versions are accepted before the first tag (VERSION is 0.1.0) ---
before=$(git rev-parse HEAD)
accepts --dry-run 0.1.0   # VERSION itself: the first release
accepts --dry-run 0.1.1
accepts --dry-run v0.2.0  # a leading v is fine
accepts --dry-run 1.0.0
accepts --dry-run 0.2.0-rc.1
refuses 'not VERSION \(0\.1\.0\) or a correct next version' --dry-run 0.3.0   # skips 0.2.0
refuses 'not VERSION \(0\.1\.0\) or a correct next version' --dry-run 0.1.2   # skips 0.1.1
refuses 'not VERSION \(0\.1\.0\) or a correct next version' --dry-run 0.0.9   # lower
refuses 'not VERSION \(0\.1\.0\) or a correct next version' --dry-run 2.0.0   # skips 1.0.0
refuses 'not a semantic version' --dry-run banana
refuses 'not a semantic version' --dry-run 0.2
refuses 'not a semantic version' --dry-run 01.2.0
refuses 'not a semantic version' --dry-run 0.2.0-rc.01
refuses 'build metadata' --dry-run 0.2.0+build.5
refuses 'usage' --dry-run
refuses 'usage' 0.1.0 0.2.0

# --- the dry run prints the section and changes nothing ---
dry=$(RELEASE_DATE=2026-03-01 bash "$release" --dry-run 0.1.0)
grep -qF "would release v0.1.0" <<<"$dry" || fail "dry run does not name the tag: $dry"
grep -qF "## [0.1.0] - 2026-03-01" <<<"$dry" || fail "dry run does not show the section: $dry"
grep -qF -- "- **source:** add the greenhouse adapter ($(short HEAD~6))" <<<"$dry" || fail "dry run lacks the feat entry: $dry"
[[ "$(git rev-parse HEAD)" == "$before" ]] || fail "dry run committed"
[[ -z "$(git tag)" ]] || fail "dry run tagged: $(git tag)"
[[ "$(cat VERSION)" == "0.1.0" ]] || fail "dry run wrote VERSION"
grep -q '^First public release.$' CHANGELOG.md && ! grep -q '^## \[0.1.0\]' CHANGELOG.md || fail "dry run wrote CHANGELOG.md"

# --- a dirty tree is refused ---
echo scratch >scratch.txt
refuses 'uncommitted changes' 0.1.0
rm scratch.txt

# --- the first release ---
RELEASE_DATE=2026-03-01 accepts 0.1.0
same VERSION "0.1.0"
same CHANGELOG.md "# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

## [0.1.0] - 2026-03-01

First public release.

### Added

- **source:** add the greenhouse adapter ($(short HEAD~7))

### Changed

- **match:** score postings in one pass ($(short HEAD~4))
- split the store by table ($(short HEAD~3))

### Fixed

- **fetch:** honour Retry-After ($(short HEAD~6))

### Security

- **api:** cap request bodies at 1 MiB ($(short HEAD~2))

[Unreleased]: https://example.com/copilot/compare/v0.1.0...HEAD
[0.1.0]: https://example.com/copilot/releases/tag/v0.1.0"
[[ "$(git log -1 --format=%s)" == "chore(release): v0.1.0" ]] || fail "release commit subject: $(git log -1 --format=%s)"
[[ "$(git rev-parse v0.1.0^{commit})" == "$(git rev-parse HEAD)" ]] || fail "tag v0.1.0 does not point at the release commit"
[[ "$(git cat-file -t v0.1.0)" == "tag" ]] || fail "v0.1.0 is not an annotated tag"
[[ -z "$(git status --porcelain)" ]] || fail "the release left changes behind: $(git status --porcelain)"

# --- after the tag, versions are checked against v0.1.0 ---
refuses 'already exists' 0.1.0
refuses 'not a correct next version after the last tag v0.1.0' --dry-run 0.0.1
refuses 'not a correct next version after the last tag v0.1.0' --dry-run 0.3.0
accepts --dry-run 0.1.1
accepts --dry-run 0.2.0

# --- the second release: only the new commits, breaking changes noted ---
commit "feat(api)!: remove the v0 routes"
git commit -q --allow-empty -m "fix(store): keep dismissed postings dismissed" -m "BREAKING CHANGE: dismissals now need migration 0004."
commit "test: more cases"
RELEASE_DATE=2026-04-15 accepts 0.2.0
same CHANGELOG.md "# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

## [0.2.0] - 2026-04-15

### Breaking

- **api:** remove the v0 routes ($(short HEAD~3))
- **store:** dismissals now need migration 0004. ($(short HEAD~2))

### Added

- **api:** remove the v0 routes ($(short HEAD~3))

### Fixed

- **store:** keep dismissed postings dismissed ($(short HEAD~2))

## [0.1.0] - 2026-03-01

First public release.

### Added

- **source:** add the greenhouse adapter ($(short HEAD~11))

### Changed

- **match:** score postings in one pass ($(short HEAD~8))
- split the store by table ($(short HEAD~7))

### Fixed

- **fetch:** honour Retry-After ($(short HEAD~10))

### Security

- **api:** cap request bodies at 1 MiB ($(short HEAD~6))

[Unreleased]: https://example.com/copilot/compare/v0.2.0...HEAD
[0.2.0]: https://example.com/copilot/compare/v0.1.0...v0.2.0
[0.1.0]: https://example.com/copilot/releases/tag/v0.1.0"
same VERSION "0.2.0"

# --- pre-releases: next pre-release and the final are accepted, going back is not ---
commit "fix: one more"
RELEASE_DATE=2026-05-01 accepts 1.0.0-rc.1
accepts --dry-run 1.0.0-rc.2
accepts --dry-run 1.0.0
refuses 'not a correct next version after the last tag v1.0.0-rc.1' --dry-run 1.0.0-beta.1
refuses 'not a correct next version after the last tag v1.0.0-rc.1' --dry-run 1.0.1
grep -qF "## [1.0.0-rc.1] - 2026-05-01" CHANGELOG.md || fail "no 1.0.0-rc.1 section"
grep -qF "[1.0.0-rc.1]: https://example.com/copilot/compare/v0.2.0...v1.0.0-rc.1" CHANGELOG.md || fail "no 1.0.0-rc.1 link"

# --- a release with nothing user-facing says so ---
commit "docs: typo"
RELEASE_DATE=2026-05-02 accepts 1.0.0-rc.2
grep -A2 -F "## [1.0.0-rc.2] - 2026-05-02" CHANGELOG.md | grep -qx "No user-facing changes." || fail "empty release does not say 'No user-facing changes.'"

if ((failures)); then
  printf '%d release test(s) failed\n' "$failures" >&2
  exit 1
fi
echo "release tests passed"
