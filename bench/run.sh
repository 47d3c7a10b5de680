#!/usr/bin/env bash
# The gate's own overhead: `hooksuite run --offline -- true` on an in-sync checkout whose verdict is cached,
# against starting `true` directly, in one hyperfine run. Needs hyperfine and ./install.sh --build-only.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${HOOKSUITE_BIN:-$here/artifacts/bin/hooksuite}"
work="${BENCH_DIR:-/tmp/hooksuite-bench}/run"
[ -x "$bin" ] || "$here/install.sh" --build-only
rm -rf "$work"; mkdir -p "$work"; cd "$work"
git init -q --bare origin.git
git init -q box && cd box
mkdir -p models
for i in $(seq 1 100); do printf 'import os\n\ndef f%d():\n    return os.getcwd()\n' "$i" > "models/m$i.py"; done
printf 'from models.m1 import f1\n\nf1()\n' > train.py
git add -A && git -c user.name=b -c user.email=b@b -c commit.gpgSign=false commit -qm init
git remote add origin ../origin.git && git push -q origin HEAD:production && git fetch -q origin
"$bin" run --offline -- true 2>/dev/null   # warm the verdict cache
mkdir -p "$here/bench/out"
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-markdown "$here/bench/out/run.md" \
  -n "true (the command alone)" "true" \
  -n "hooksuite run --offline -- true" "$bin run --offline -- true"
