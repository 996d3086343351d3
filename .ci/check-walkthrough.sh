#!/usr/bin/env bash
# Follows the README's "Adding an op" walkthrough literally in a scratch copy of the working tree:
# takes the kernel (```java) and spec (```yaml) blocks of that section as they are written, puts the
# kernel before the template's last `}` and appends the spec entry to the file the README names,
# builds, and runs the new op's own conformance cases against NumPy. Passes when the report has
# cases for the op and none failed. Several minutes (a full build of the copy): not part of
# `./numbat test`; run it as `./numbat check-walkthrough` (which finds the reference interpreter).
# NUMBAT_KEEP_SCRATCH=1 keeps the copy. MAVEN_ARGS passes options to Maven (e.g. -o).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${NUMBAT_PYTHON:?set NUMBAT_PYTHON to an interpreter with NumPy >= 2 (./numbat check-walkthrough does)}"
README="$ROOT/README.md"

# The section, then its fenced blocks (the list's indentation removed).
section="$(awk '/^## Adding an op/{on=1; next} on && /^## /{exit} on' "$README")"
block() { # block LANG: the first fenced block of that language in the section
  printf '%s\n' "$section" | awk -v lang="$1" '
    !inb && $0 ~ "^ *```" lang "$" { inb=1; match($0, /^ */); ind=RLENGTH; next }
    inb && /^ *```/ { exit }
    inb { print substr($0, ind + 1) }'
}
kernel="$(block java)"; spec="$(block yaml)"
[ -n "$kernel" ] && [ -n "$spec" ] || { echo "check-walkthrough: no java/yaml block in README's 'Adding an op'" >&2; exit 1; }
template="$(printf '%s\n' "$section" | grep -o 'kernels-cpu/src/main/templates/[^`]*\.java\.src' | head -1)"
specfile="$(printf '%s\n' "$section" | grep -o 'op-specs/ops/[a-z_]*\.yaml' | head -1)"
op="$(printf '%s\n' "$spec" | sed -n 's/^- op: *//p' | head -1)"
[ -n "$template" ] && [ -n "$specfile" ] && [ -n "$op" ] || { echo "check-walkthrough: README names no template, spec file or op" >&2; exit 1; }
echo "check-walkthrough: op '$op': kernel into $template, spec into $specfile"

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/numbat-walkthrough.XXXXXX")"
[ "${NUMBAT_KEEP_SCRATCH:-}" = 1 ] || trap 'rm -rf "$SCRATCH"' EXIT
# the working tree as git sees it (tracked and untracked-but-not-ignored files), no build outputs
(cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$SCRATCH"
cp -r "$ROOT/.mvn" "$SCRATCH/"
cd "$SCRATCH"
[ -f "$template" ] || { echo "check-walkthrough: $template does not exist" >&2; exit 1; }
[ -f "$specfile" ] || { echo "check-walkthrough: $specfile does not exist" >&2; exit 1; }

# "Put it before the file's last }"
python3 - "$template" "$kernel" <<'PY'
import sys
path, kernel = sys.argv[1], sys.argv[2]
text = open(path).read()
i = text.rstrip().rfind("}")
open(path, "w").write(text[:i] + kernel.rstrip("\n") + "\n" + text[i:])
PY
printf '\n%s\n' "$spec" >> "$specfile"

echo "check-walkthrough: building the copy in $SCRATCH and running the conformance cases of $op ..."
./mvnw -B -q -pl conformance -am test -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnumbat.python="$NUMBAT_PYTHON" -Dnumbat.ops="$op" > "$SCRATCH/build.log" 2>&1 || {
  tail -60 "$SCRATCH/build.log"; echo "check-walkthrough: FAILED (build or conformance; log above)" >&2; exit 1; }
report="$SCRATCH/conformance/target/conformance-report.md"
total="$(grep '^TOTAL' "$report" | tail -1)"
echo "check-walkthrough: $total"
grep -q "^TOTAL cases=[1-9][0-9]* passed=[1-9][0-9]* failed=0 " "$report" || {
  grep -n "FAIL" "$report" | head -20; echo "check-walkthrough: FAILED: the op's conformance run did not pass" >&2; exit 1; }
echo "check-walkthrough: OK: README's walkthrough adds '$op' and its conformance run passes"
