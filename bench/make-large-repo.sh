#!/usr/bin/env bash
# Makes DIR: a bare origin and a clone of FILES tracked files (default 50,000) in sync with
# origin/production, then 3 modified and 5 untracked files in the clone.
#   bench/make-large-repo.sh DIR [FILES]
set -euo pipefail
dir="$1"; files="${2:-50000}"
rm -rf "$dir"; mkdir -p "$dir"
git init -q --bare "$dir/origin.git"
git init -q "$dir/work"
cd "$dir/work"
python3 - "$files" <<'PY'
import os, sys
n = int(sys.argv[1])
for i in range(n):
    d = f"pkg{i // 1000:03d}/sub{(i // 100) % 10}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/mod{i}.py", "w") as f:
        f.write(f"VALUE_{i} = {i}\n\ndef f{i}():\n    return VALUE_{i}\n")
PY
git add -A
git -c user.name=bench -c user.email=bench@hooksuite.invalid -c commit.gpgSign=false commit -qm "large tree"
git remote add origin "$dir/origin.git"
git push -q origin HEAD:production
git fetch -q origin
for i in 1 2 3; do echo "# edited" >> "pkg000/sub0/mod$i.py"; done
for i in 1 2 3 4 5; do echo "NEW = $i" > "untracked_$i.py"; done
git status --porcelain >/dev/null  # a warm index, as on a laptop in use
