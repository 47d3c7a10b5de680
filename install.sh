#!/usr/bin/env bash
# Builds HookSuite into artifacts/bin/ of this checkout, then installs its pre-commit, pre-push and post-merge
# hooks into REPO (default: the repository this is run from). Existing hooks are kept and run first.
#   ./install.sh [--build-only] [--no-build] [--husky] [--server] [--uninstall] [REPO]
# --husky writes the team set-up (tool manifest and .husky/) into REPO instead of installing hooks in it;
# --server installs the pre-receive hook into REPO, a bare repository on a git server.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/artifacts/bin"
build_only=false
no_build=false
husky=false
server=false
uninstall=false
repo=""

usage() { echo "usage: ./install.sh [--build-only] [--no-build] [--husky] [--server] [--uninstall] [REPO]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --build-only) build_only=true ;;
    --no-build) no_build=true ;;
    --husky) husky=true ;;
    --server) server=true ;;
    --uninstall) uninstall=true ;;
    -h|--help) usage ;;
    -*) echo "install.sh: unknown option '$1'" >&2; usage ;;
    *) [ -z "$repo" ] || usage; repo="$1" ;;
  esac
  shift
done
repo="${repo:-$PWD}"
install_args=(install -C "$repo")
[ "$husky" = true ] && install_args+=(--husky)
[ "$server" = true ] && install_args+=(--server)

if [ "$uninstall" = true ]; then
  [ -x "$bin/hooksuite" ] || { echo "install.sh: $bin/hooksuite is missing — nothing of HookSuite's can be installed in $repo" >&2; exit 2; }
  exec "$bin/hooksuite" uninstall -C "$repo"
fi

if [ "$no_build" = true ]; then
  [ -x "$bin/hooksuite" ] || { echo "install.sh: --no-build but $bin/hooksuite is missing — run ./install.sh --build-only first" >&2; exit 2; }
  "$bin/hooksuite" "${install_args[@]}"
  exit $?
fi

command -v dotnet >/dev/null || { echo "install.sh: the .NET 10 SDK is needed (dotnet not on PATH)" >&2; exit 2; }

# Native AOT starts in ~5 ms instead of ~50 ms, which hooks feel on every commit; it needs clang and zlib.
aot=false
if command -v clang >/dev/null && { [ -e /usr/include/zlib.h ] || [ "$(uname -s)" = "Darwin" ]; }; then
  aot=true
else
  echo "install.sh: clang or zlib headers missing, building without Native AOT (slower start-up; apt-get install clang zlib1g-dev)" >&2
fi

echo "Publishing hooksuite and its hooks to $bin (Native AOT: $aot)…"
for project in src/HookSuite.Cli hooks/HookSuite.Hooks.PreCommit hooks/HookSuite.Hooks.PrePush hooks/HookSuite.Hooks.PostMerge; do
  dotnet publish "$here/$project" -c Release --use-current-runtime \
    -p:PublishAot=$aot -p:DebugType=none -o "$bin" --nologo -v quiet
done
rm -f "$bin"/*.xml "$bin"/*.dbg
# The same CLI as a dotnet tool package, for teams that set hooks up through Husky.Net.
dotnet pack "$here/src/HookSuite.Cli" -c Release -o "$here/artifacts/packages" --nologo -v quiet
echo "Built $bin/hooksuite, hooksuite-pre-commit, hooksuite-pre-push, hooksuite-post-merge and artifacts/packages/HookSuite.*.nupkg"

if [ "$build_only" = true ]; then
  exit 0
fi
"$bin/hooksuite" "${install_args[@]}"
{ [ "$husky" = true ] || [ "$server" = true ]; } && exit 0
echo "Next: \`$bin/hooksuite check -C $repo\` before a deployment; \`./install.sh --uninstall $repo\` removes the hooks."
