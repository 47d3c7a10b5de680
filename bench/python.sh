#!/usr/bin/env bash
# The Python analysis over the installed standard library (~1,800 files) as a whole process, side by side with
# pyflakes on the same files, in one hyperfine run.
# Needs hyperfine and python3-pyflakes (apt-get install hyperfine python3-pyflakes) and ./install.sh --build-only.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${HOOKSUITE_BIN:-$here/artifacts/bin/hooksuite}"
work="${BENCH_DIR:-/tmp/hooksuite-bench}/stdlib"
[ -x "$bin" ] || "$here/install.sh" --build-only
stdlib="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
if [ ! -d "$work/.git" ]; then
  rm -rf "$work"; mkdir -p "$work"
  (cd "$stdlib" && find . -name '*.py' -not -path './site-packages/*' -print0 | xargs -0 cp --parents -t "$work")
  git -C "$work" init -q
  git -C "$work" add -A
  git -C "$work" -c user.name=bench -c user.email=bench@hooksuite.invalid -c commit.gpgSign=false commit -qm stdlib
fi
echo "files: $(git -C "$work" ls-files '*.py' | wc -l)"
cd "$work"
mkdir -p "$here/bench/out"
# Three cases in one run: pyflakes; the cold analysis (--no-cache: no verdict, every file parsed); and re-checking
# after a commit that changes one file (the verdict cache misses, the parse cache has every other file).
change="echo '# bench' >> zipimport.py && git -c user.name=bench -c user.email=bench@hooksuite.invalid -c commit.gpgSign=false commit -qam bench"
"$bin" validate --rev HEAD >/dev/null || true
hyperfine --warmup 1 --runs "${RUNS:-5}" -i --export-markdown "$here/bench/out/python.md" \
  --prepare true --prepare true --prepare "$change" \
  -n "pyflakes" "/usr/bin/python3 -m pyflakes . >/dev/null" \
  -n "hooksuite validate --no-cache (cold)" "$bin validate --rev HEAD --no-cache >/dev/null" \
  -n "hooksuite validate after a commit changing one file" "$bin validate --rev HEAD >/dev/null"
