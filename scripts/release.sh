#!/usr/bin/env bash
# Cuts a release of Career Copilot from the git repository in the current directory.
#
#   scripts/release.sh [--dry-run] VERSION     e.g. scripts/release.sh 0.2.0
#   scripts/release.sh --is-next PREV NEXT     exit 0 when NEXT is a correct next version after PREV
#
# VERSION must be the correct next semantic version after the last tag vX.Y.Z (exactly one of major,
# minor or patch bumped, or a pre-release of such a version, or the next pre-release / the final of
# the current pre-release). Before the first tag it is checked against the VERSION file, which may
# also be released as it stands. The script then
#   1. writes VERSION,
#   2. moves CHANGELOG.md's [Unreleased] notes into a new "## [VERSION] - DATE" section, followed by
#      the Conventional Commits since the last tag: feat → Added, fix → Fixed, perf/refactor → Changed,
#      security → Security, and `type!:` or a BREAKING CHANGE footer → Breaking,
#   3. commits both files ("chore(release): vVERSION") and creates the annotated tag vVERSION.
# It never pushes. --dry-run prints all of this and changes nothing.
# RELEASE_DATE (YYYY-MM-DD) overrides today's UTC date.
set -euo pipefail
export LC_ALL=C

die() { printf 'release: %s\n' "$*" >&2; exit 1; }

# --- semantic versions (the rules of internal/version) ------------------------------------------

SEMVER_RE='^(0|[1-9][0-9]{0,17})\.(0|[1-9][0-9]{0,17})\.(0|[1-9][0-9]{0,17})(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$'

# parse V: sets MAJ MIN PAT PRE, or returns 1 when V is not a semantic version.
parse() {
  local v="${1#v}" id
  [[ "$v" =~ $SEMVER_RE ]] || return 1
  MAJ=${BASH_REMATCH[1]} MIN=${BASH_REMATCH[2]} PAT=${BASH_REMATCH[3]} PRE=${BASH_REMATCH[5]}
  if [[ -n "$PRE" ]]; then
    local IFS=.
    for id in $PRE; do
      [[ "$id" =~ ^0[0-9]+$ ]] && return 1 # numeric pre-release identifiers have no leading zeros
    done
  fi
  return 0
}

# cmp_pre A B: prints -1, 0 or 1 comparing two non-empty pre-release strings by SemVer precedence.
cmp_pre() {
  local -a as bs
  IFS=. read -ra as <<<"$1"
  IFS=. read -ra bs <<<"$2"
  local i a b n=${#as[@]}
  ((${#bs[@]} < n)) && n=${#bs[@]}
  for ((i = 0; i < n; i++)); do
    a=${as[i]} b=${bs[i]}
    if [[ "$a" =~ ^[0-9]+$ && "$b" =~ ^[0-9]+$ ]]; then
      ((10#$a < 10#$b)) && { echo -1; return; }
      ((10#$a > 10#$b)) && { echo 1; return; }
    elif [[ "$a" =~ ^[0-9]+$ ]]; then
      echo -1; return
    elif [[ "$b" =~ ^[0-9]+$ ]]; then
      echo 1; return
    elif [[ "$a" < "$b" ]]; then
      echo -1; return
    elif [[ "$a" > "$b" ]]; then
      echo 1; return
    fi
  done
  if ((${#as[@]} < ${#bs[@]})); then echo -1; elif ((${#as[@]} > ${#bs[@]})); then echo 1; else echo 0; fi
}

# cmp MAJ MIN PAT PRE MAJ MIN PAT PRE: prints -1, 0 or 1 (build metadata is never passed in).
cmp() {
  local i a=("$1" "$2" "$3") b=("$5" "$6" "$7")
  for i in 0 1 2; do
    ((a[i] < b[i])) && { echo -1; return; }
    ((a[i] > b[i])) && { echo 1; return; }
  done
  if [[ "$4" == "$8" ]]; then echo 0
  elif [[ -z "$4" ]]; then echo 1
  elif [[ -z "$8" ]]; then echo -1
  else cmp_pre "$4" "$8"
  fi
}

# is_next PREV NEXT: returns 0 when NEXT is a correct next release after PREV.
is_next() {
  parse "$1" || return 1
  local pM=$MAJ pm=$MIN pp=$PAT pP=$PRE
  parse "$2" || return 1
  local nM=$MAJ nm=$MIN np=$PAT nP=$PRE
  [[ $(cmp "$nM" "$nm" "$np" "$nP" "$pM" "$pm" "$pp" "$pP") == 1 ]] || return 1
  if [[ -n "$nP" ]]; then
    # A later pre-release of the same version, or a pre-release of a correct next version.
    [[ -n "$pP" && $nM == "$pM" && $nm == "$pm" && $np == "$pp" ]] && return 0
    is_next "$1" "$nM.$nm.$np"
    return
  fi
  # The three bumps of PREV; a pre-release finalizes to its own version where the bump allows.
  local c
  for c in major minor patch; do
    local bM=$pM bm=$pm bp=$pp
    case $c in
      major) [[ -n "$pP" && $pm == 0 && $pp == 0 ]] || { bM=$((pM + 1)) bm=0 bp=0; } ;;
      minor) [[ -n "$pP" && $pp == 0 ]] || { bm=$((pm + 1)) bp=0; } ;;
      patch) [[ -n "$pP" ]] || bp=$((pp + 1)) ;;
    esac
    [[ $bM == "$nM" && $bm == "$nm" && $bp == "$np" ]] && return 0
  done
  return 1
}

# --- changelog ----------------------------------------------------------------------------------

# changelog_entries RANGE: prints the Keep a Changelog sections for the commits in RANGE (oldest first).
changelog_entries() {
  local range=$1 rec hash subject body type scope bang desc entry note
  local -a breaking=() added=() changed=() fixed=() security=()
  local re='^([a-z]+)(\(([^)]+)\))?(!)?: (.+)$'
  while IFS= read -r -d $'\x1e' rec; do
    rec=${rec#$'\n'}
    hash=${rec%%$'\x1f'*}
    rec=${rec#*$'\x1f'}
    subject=${rec%%$'\x1f'*}
    body=${rec#*$'\x1f'}
    [[ "$subject" =~ $re ]] || continue
    type=${BASH_REMATCH[1]} scope=${BASH_REMATCH[3]} bang=${BASH_REMATCH[4]} desc=${BASH_REMATCH[5]}
    entry="- ${scope:+**$scope:** }$desc ($hash)"
    case $type in
      feat) added+=("$entry") ;;
      fix) fixed+=("$entry") ;;
      perf | refactor) changed+=("$entry") ;;
      security) security+=("$entry") ;;
    esac
    note=$(printf '%s\n' "$body" | sed -n -E 's/^BREAKING[ -]CHANGE: *(.+)$/\1/p' | head -n 1)
    if [[ -n "$note" ]]; then
      breaking+=("- ${scope:+**$scope:** }$note ($hash)")
    elif [[ -n "$bang" ]]; then
      breaking+=("$entry")
    fi
  done < <(git log --reverse --no-merges --format="%h%x1f%s%x1f%b%x1e" "$range")

  local first=1
  section() {
    local title=$1
    shift
    (($# == 0)) && return
    ((first)) || echo
    first=0
    printf '### %s\n\n' "$title"
    printf '%s\n' "$@"
  }
  section Breaking "${breaking[@]}"
  section Added "${added[@]}"
  section Changed "${changed[@]}"
  section Fixed "${fixed[@]}"
  section Security "${security[@]}"
}

# new_changelog VERSION DATE ENTRIES PREV_TAG: prints CHANGELOG.md with the release section added.
new_changelog() {
  local ver=$1 date=$2 entries=$3 prev_tag=$4
  local -a lines=()
  if [[ -f CHANGELOG.md ]]; then
    mapfile -t lines <CHANGELOG.md
  else
    lines=("# Changelog" "" "All notable changes to this project are documented in this file." ""
      "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/)," \
      "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html)." "" "## [Unreleased]")
  fi
  local i n=${#lines[@]}
  local un=-1 next=$n
  for ((i = 0; i < n; i++)); do
    if ((un < 0)) && [[ "${lines[i]}" =~ ^##\ \[Unreleased\] ]]; then
      un=$i
    elif ((un >= 0)) && [[ "${lines[i]}" =~ ^##\ \[ || "${lines[i]}" =~ ^\[[^]]+\]:\  ]]; then
      next=$i
      break
    fi
  done
  ((un >= 0)) || die "CHANGELOG.md has no '## [Unreleased]' heading"

  # The hand-written [Unreleased] notes, without surrounding blank lines, move into the release.
  local s=$((un + 1)) e=$((next - 1))
  while ((s <= e)) && [[ -z "${lines[s]//[[:space:]]/}" ]]; do s=$((s + 1)); done
  while ((e >= s)) && [[ -z "${lines[e]//[[:space:]]/}" ]]; do e=$((e - 1)); done

  for ((i = 0; i <= un; i++)); do printf '%s\n' "${lines[i]}"; done
  printf '\n## [%s] - %s\n\n' "$ver" "$date"
  if ((s <= e)); then
    for ((i = s; i <= e; i++)); do printf '%s\n' "${lines[i]}"; done
    [[ -n "$entries" ]] && echo
  fi
  [[ -n "$entries" ]] && printf '%s\n' "$entries"
  ((s <= e)) || [[ -n "$entries" ]] || echo "No user-facing changes."
  ((next < n)) && echo

  # Link references: [Unreleased] compares from the new tag; the release compares from the previous one.
  local link_re='^\[Unreleased\]: (.+)/(compare/[^/]+\.\.\.HEAD|commits/[^/]+)$'
  for ((i = next; i < n; i++)); do
    if [[ "${lines[i]}" =~ $link_re ]]; then
      local base=${BASH_REMATCH[1]}
      printf '[Unreleased]: %s/compare/v%s...HEAD\n' "$base" "$ver"
      if [[ -n "$prev_tag" ]]; then
        printf '[%s]: %s/compare/%s...v%s\n' "$ver" "$base" "$prev_tag" "$ver"
      else
        printf '[%s]: %s/releases/tag/v%s\n' "$ver" "$base" "$ver"
      fi
    else
      printf '%s\n' "${lines[i]}"
    fi
  done
}

# --- main ---------------------------------------------------------------------------------------

main() {
  if [[ "${1:-}" == "--is-next" ]]; then
    (($# == 3)) || die "usage: release.sh --is-next PREV NEXT"
    is_next "$2" "$3"
    return
  fi
  local dry=0
  if [[ "${1:-}" == "--dry-run" ]]; then dry=1; shift; fi
  (($# == 1)) || die "usage: release.sh [--dry-run] VERSION"
  local ver=${1#v}
  parse "$ver" || die "$1 is not a semantic version (MAJOR.MINOR.PATCH[-PRERELEASE])"
  [[ "$ver" != *+* ]] || die "$1: build metadata does not belong in a release tag"

  cd "$(git rev-parse --show-toplevel 2>/dev/null)" || die "not inside a git repository"
  local tag="v$ver"
  git rev-parse -q --verify "refs/tags/$tag" >/dev/null && die "tag $tag already exists"

  local prev prev_tag range
  prev_tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true)
  if [[ -n "$prev_tag" ]]; then
    prev=${prev_tag#v}
    range="$prev_tag..HEAD"
    is_next "$prev" "$ver" || die "$ver is not a correct next version after the last tag $prev_tag"
  else
    [[ -f VERSION ]] || die "no release tag and no VERSION file to start from"
    prev=$(tr -d '[:space:]' <VERSION)
    parse "$prev" || die "VERSION holds $prev, which is not a semantic version"
    range=HEAD
    if [[ "$ver" != "$prev" ]] && ! is_next "$prev" "$ver"; then
      die "$ver is not VERSION ($prev) or a correct next version after it (there is no release tag yet)"
    fi
  fi

  local date=${RELEASE_DATE:-$(date -u +%Y-%m-%d)}
  [[ "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "RELEASE_DATE must be YYYY-MM-DD, got $date"
  local entries changelog
  entries=$(changelog_entries "$range")
  changelog=$(new_changelog "$ver" "$date" "$entries" "$prev_tag")

  if ((dry)); then
    echo "release: would release $tag (previous: ${prev_tag:-none, VERSION $prev}; commits: $range)"
    echo "release: would write VERSION: $ver"
    echo "release: would write CHANGELOG.md with this section:"
    printf '%s\n' "$changelog" | awk -v h="## [$ver] - $date" '$0 == h {on = 1} on && /^## \[/ && $0 != h {exit} on && /^\[[^]]+\]: / {exit} on'
    echo "release: would commit \"chore(release): $tag\" and create the annotated tag $tag"
    return
  fi

  [[ -z "$(git status --porcelain)" ]] || die "the working tree has uncommitted changes; commit or stash them first"
  printf '%s\n' "$ver" >VERSION
  printf '%s\n' "$changelog" >CHANGELOG.md
  git add VERSION CHANGELOG.md
  git commit -q -m "chore(release): $tag"
  git tag -a "$tag" -m "Career Copilot $tag"
  echo "release: created $tag; publish it with: git push origin HEAD $tag"
}

main "$@"
