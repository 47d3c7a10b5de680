#!/usr/bin/env bash
# `hooksuite status --no-fetch` against what a user would run by hand instead, on a 50,000-file repository
# with 3 modified and 5 untracked files, in the same hyperfine run. Needs hyperfine (apt-get install hyperfine)
# and a published binary (./install.sh --build-only).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${HOOKSUITE_BIN:-$here/artifacts/bin/hooksuite}"
work="${BENCH_DIR:-/tmp/hooksuite-bench}/status"
[ -x "$bin" ] || "$here/install.sh" --build-only
[ -d "$work/work" ] || "$here/bench/make-large-repo.sh" "$work" "${FILES:-50000}"
cd "$work/work"
mkdir -p "$here/bench/out"
hyperfine -N --warmup 5 --runs "${RUNS:-30}" --export-markdown "$here/bench/out/status.md" \
  -n "git status + rev-list" "sh -c 'git status --porcelain=v2 -z >/dev/null && git rev-list --left-right --count HEAD...origin/production >/dev/null'" \
  -n "hooksuite status --no-fetch" "sh -c '$bin status --no-fetch >/dev/null; test \$? -eq 1'"
