#!/usr/bin/env bash
# Materializing a 10,000-file snapshot against `git archive | tar -x`, moving it by one commit that changes one
# file, and a cached `hooksuite check --no-fetch` — all in the same run. Needs hyperfine and ./install.sh --build-only.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${HOOKSUITE_BIN:-$here/artifacts/bin/hooksuite}"
work="${BENCH_DIR:-/tmp/hooksuite-bench}/snapshot"
[ -x "$bin" ] || "$here/install.sh" --build-only
if [ ! -d "$work/work" ]; then
  "$here/bench/make-large-repo.sh" "$work" "${FILES:-10000}"
  cd "$work/work"
  git checkout -q -- . && git clean -qfd
  printf '[[validators]]\nname = "true"\ncommand = ["true"]\n' > hooksuite.toml
  git add hooksuite.toml && git -c user.name=b -c user.email=b@b commit -qm config
  echo "# one change" >> pkg001/sub1/mod1100.py
  git -c user.name=b -c user.email=b@b commit -qam "one file"
  git push -q origin HEAD:production && git fetch -q origin
fi
cd "$work/work"
A=$(git rev-parse HEAD~1); B=$(git rev-parse HEAD)
mkdir -p "$here/bench/out" /tmp/hooksuite-bench/archive
runs="${RUNS:-15}"
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$here/bench/out/snapshot.md" \
  -n "git archive | tar -x" --prepare "sh -c 'rm -rf /tmp/hooksuite-bench/archive && mkdir /tmp/hooksuite-bench/archive'" \
     "sh -c 'git archive $B | tar -x -C /tmp/hooksuite-bench/archive'" \
  -n "hooksuite snapshot (full)" --prepare "rm -rf .git/hooksuite/snapshots" "$bin snapshot --rev $B" \
  -n "hooksuite snapshot (move by one commit)" --prepare "$bin snapshot --rev $A" "$bin snapshot --rev $B" \
  -n "hooksuite check --no-fetch (cached)" --prepare "$bin check --no-fetch" "$bin check --no-fetch"
