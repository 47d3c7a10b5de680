#!/usr/bin/env pwsh
# Builds HookSuite into artifacts/bin/ of this checkout, then installs its pre-commit, pre-push and post-merge
# hooks into REPO (default: the current directory). Same options as install.sh:
#   ./install.ps1 [--build-only] [--no-build] [--husky] [--server] [--uninstall] [REPO]
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$here = $PSScriptRoot
$bin = Join-Path $here 'artifacts/bin'
$exe = if ($IsWindows) { 'hooksuite.exe' } else { 'hooksuite' }
$hooksuite = Join-Path $bin $exe
$buildOnly = $false; $noBuild = $false; $husky = $false; $server = $false; $uninstall = $false; $repo = $null

function Show-Usage { [Console]::Error.WriteLine('usage: ./install.ps1 [--build-only] [--no-build] [--husky] [--server] [--uninstall] [REPO]'); exit 2 }
foreach ($arg in $args) {
    switch -CaseSensitive ($arg) {
        { $_ -in '--build-only', '-BuildOnly' } { $buildOnly = $true; continue }
        { $_ -in '--no-build', '-NoBuild' } { $noBuild = $true; continue }
        { $_ -in '--uninstall', '-Uninstall' } { $uninstall = $true; continue }
        { $_ -in '--husky', '-Husky' } { $husky = $true; continue }
        { $_ -in '--server', '-Server' } { $server = $true; continue }
        { $_ -in '-h', '--help' } { Show-Usage }
        { $_.StartsWith('-') } { [Console]::Error.WriteLine("install.ps1: unknown option '$arg'"); Show-Usage }
        default { if ($repo) { Show-Usage }; $repo = $arg }
    }
}
if (-not $repo) { $repo = (Get-Location).Path }
$installArgs = @('install', '-C', $repo) + $(if ($husky) { @('--husky') } else { @() }) + $(if ($server) { @('--server') } else { @() })

if ($uninstall -or $noBuild) {
    if (-not (Test-Path $hooksuite)) {
        [Console]::Error.WriteLine("install.ps1: $hooksuite is missing — run ./install.ps1 --build-only first"); exit 2
    }
    if ($uninstall) { & $hooksuite uninstall -C $repo } else { & $hooksuite @installArgs }
    exit $LASTEXITCODE
}

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine('install.ps1: the .NET 10 SDK is needed (dotnet not on PATH)'); exit 2
}

# Native AOT starts in ~5 ms instead of ~50 ms, which hooks feel on every commit; off Windows it needs clang and zlib.
$aot = $IsWindows -or ((Get-Command clang -ErrorAction SilentlyContinue) -and ((Test-Path '/usr/include/zlib.h') -or $IsMacOS))
if (-not $aot) { [Console]::Error.WriteLine('install.ps1: clang or zlib headers missing, building without Native AOT (apt-get install clang zlib1g-dev)') }

Write-Output "Publishing hooksuite and its hooks to $bin (Native AOT: $aot)…"
foreach ($project in 'src/HookSuite.Cli', 'hooks/HookSuite.Hooks.PreCommit', 'hooks/HookSuite.Hooks.PrePush', 'hooks/HookSuite.Hooks.PostMerge') {
    & dotnet publish (Join-Path $here $project) -c Release --use-current-runtime "-p:PublishAot=$($aot.ToString().ToLower())" -p:DebugType=none -o $bin --nologo -v quiet
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
Get-ChildItem $bin -Include '*.xml', '*.dbg' -File -Recurse | Remove-Item
& dotnet pack (Join-Path $here 'src/HookSuite.Cli') -c Release -o (Join-Path $here 'artifacts/packages') --nologo -v quiet
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Output "Built $hooksuite, the hook executables and artifacts/packages/HookSuite.*.nupkg"
if ($buildOnly) { exit 0 }

& $hooksuite @installArgs
if ($LASTEXITCODE -ne 0 -or $husky -or $server) { exit $LASTEXITCODE }
Write-Output "Next: ``$hooksuite check -C $repo`` before a deployment; ``./install.ps1 --uninstall $repo`` removes the hooks."
