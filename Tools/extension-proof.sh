#!/usr/bin/env bash
# The extension guide's steps, executed (docs/extending.md). Copies the package to a temporary
# folder (without its build folders), writes a new borough with `place new-extension Greenwich
# --ons E09000011`, checks that the guide shows what the scaffolder wrote, adds the guide's rule,
# fixture, tightening and presentation exactly as the guide shows them, builds the copy, runs
# Greenwich's tests, and finds the new rule's finding in `place check`, the rule catalogue, the
# board pack, the ICS report and the API.
#
#   Tools/extension-proof.sh [BUILD_FOLDER]
#
# BUILD_FOLDER holds a built `place` to run the scaffolder with (default: build it in the copy).
# The copy needs its own full debug build. EXTENSION_PROOF_DIR names a folder to copy into and
# keep (so a second run builds incrementally); by default a temporary folder, removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
guide="$root/docs/extending.md"

source Tools/serve-store.sh
work=$(mktemp -d)
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT
say() { echo "extension-proof: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

copy=${EXTENSION_PROOF_DIR:-$work/package}
mkdir -p "$copy"
say "copying the package to $copy"
# Everything but build folders, git's files and stores (a kept copy keeps only its build folder).
find "$copy" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
tar -C "$root" --exclude='./.build*' --exclude='./.git' --exclude='./.swiftpm' --exclude='./placeworks.sqlite*' \
    -cf - . | tar -C "$copy" -xf -

if [ -n "${1:-}" ]; then
    place="$(cd "$1" && pwd)/place"
else
    (cd "$copy" && swift build --product place)
    place="$copy/.build/debug/place"
fi

say "place new-extension Greenwich --ons E09000011"
"$place" new-extension Greenwich --ons E09000011 --package "$copy"

say "applying docs/extending.md to the copy"
python3 - "$guide" "$copy" <<'PY'
import pathlib, re, sys
guide, copy = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2])
blocks = re.findall(r'<!-- (scaffolded|file|edit): (\S+)(?: replaces "([^"]+)")? -->\n```swift\n(.*?)```', guide, re.S)
if len(blocks) < 8:
    sys.exit(f"extension-proof: the guide marks only {len(blocks)} Swift snippets")
for kind, path, anchor, code in blocks:
    target = copy / path
    if kind == "scaffolded":
        if code not in target.read_text():
            sys.exit(f"extension-proof: the guide's snippet of {path} is not what new-extension wrote:\n{code}")
    elif kind == "file":
        if target.exists():
            sys.exit(f"extension-proof: {path} exists already; the guide adds it")
        target.write_text(code)
    else:
        lines = target.read_text().split("\n")
        found = [i for i, line in enumerate(lines) if anchor in line]
        if len(found) != 1:
            sys.exit(f"extension-proof: {path} has {len(found)} lines with “{anchor}”; the guide edits one")
        indent = re.match(r"\s*", lines[found[0]]).group(0)
        lines[found[0]:found[0] + 1] = [indent + line for line in code.rstrip("\n").split("\n")]
        target.write_text("\n".join(lines))
    print(f"  {kind}: {path}")
PY

cd "$copy"
say "building the copy (a full debug build)"
swift build --build-tests
bin=$(swift build --show-bin-path)

say "Greenwich's tests"
swift test --skip-build --filter GreenwichTests 2>&1 | tee "$work/tests.log" | tail -5
grep -q 'Suite "Greenwich" passed' "$work/tests.log" || fail "Greenwich's tests did not pass"

say "the rule catalogue"
"$bin/place" rules --format markdown >"$work/rules.md"
grep -q '^| GRE-MEM-1 | error |' "$work/rules.md" || fail "the catalogue does not list GRE-MEM-1"
grep -q '^| NAT-MEM-1 | National guidance | warning | error |' "$work/rules.md" \
    || fail "the catalogue does not show Greenwich's tightening of NAT-MEM-1"

store="$work/placeworks.sqlite"
"$bin/place" init --store "$store" >/dev/null
say "place check --place Greenwich"
status=0
"$bin/place" check --store "$store" --place Greenwich --as-of 2022-04-01 >"$work/check.txt" || status=$?
[ "$status" -eq 1 ] || fail "place check exited $status, not 1 (error-level findings)"
grep -q 'GRE-MEM-1' "$work/check.txt" || fail "place check does not report GRE-MEM-1"
grep -A3 'GRE-MEM-1' "$work/check.txt" | head -4 >&2

say "the board pack and the ICS report"
"$bin/place-report" board-pack --store "$store" --place Greenwich --as-of 2022-04-01 --format md --out "$work/packs" >/dev/null
"$bin/place-report" ics --store "$store" --ics sel --as-of 2022-04-01 --format md --out "$work/packs" >/dev/null
grep -q 'GRE-MEM-1' "$work"/packs/greenwich-board-pack-*.md || fail "the board pack does not report GRE-MEM-1"
grep -q 'Healthier Greenwich Partnership board pack' "$work"/packs/greenwich-board-pack-*.md \
    || fail "the board pack does not use Greenwich's presentation"
grep -q 'GRE-MEM-1' "$work"/packs/*ics-report-*.md || fail "the ICS report does not report GRE-MEM-1"

say "the API"
serve_store "$bin" "$store" viewer extension-proof "$work/server.log"
curl -fs -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/findings?place=E09000011&as_of=2022-04-01" >"$work/findings.json" \
    || fail "the API's findings route did not answer"
grep -q '"GRE-MEM-1"' "$work/findings.json" || fail "the API's findings do not include GRE-MEM-1"

say "passed: the guide's Greenwich builds, its tests pass, and GRE-MEM-1 is reported by place check, the board pack, the ICS report and the API"
