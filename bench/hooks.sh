#!/usr/bin/env bash
# Start-up of the hook executables on a no-op pass, as whole processes, against plain git in the same run:
# pre-commit with only a non-Python file staged, and the HOOKSUITE=0 skip. Needs hyperfine and ./install.sh --build-only.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${HOOKSUITE_BIN:-$here/artifacts/bin}"
work="${BENCH_DIR:-/tmp/hooksuite-bench}/hooks"
[ -x "$bin/hooksuite-pre-commit" ] || "$here/install.sh" --build-only
rm -rf "$work"; mkdir -p "$work"; cd "$work"
git init -q
mkdir -p models
for i in $(seq 1 200); do echo "X$i = $i" > "models/m$i.py"; done
git add -A && git -c user.name=b -c user.email=b@b -c commit.gpgSign=false commit -qm init
echo "# notes" > NOTES.md && git add NOTES.md
mkdir -p "$here/bench/out"
hyperfine -N --warmup 5 --runs "${RUNS:-40}" --export-markdown "$here/bench/out/hooks.md" \
  -n "git rev-parse HEAD" "git rev-parse HEAD" \
  -n "pre-commit, nothing Python staged" "$bin/hooksuite-pre-commit" \
  -n "pre-commit, HOOKSUITE=0" "sh -c 'HOOKSUITE=0 exec $bin/hooksuite-pre-commit'"
