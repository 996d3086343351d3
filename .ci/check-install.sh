#!/usr/bin/env bash
# Done-when of issue 17: a user project outside the repo, made only from the README's "Using Numbat
# in a project" (its minimal project's pom.xml, Hello.java, build-and-run commands and expected
# output, taken from the README as written), builds against the local Maven repository after
# `./numbat install` and runs its example under plain `java` with the README's options; the output
# must be the README's. About 15 s after the install (a minute or more when the install builds).
# `./numbat check-install` runs it. NUMBAT_SKIP_INSTALL=1 uses what is already installed;
# MAVEN_ARGS (e.g. "-o -Dmaven.repo.local=DIR") goes to both the install and the user build.
# The user's `mvn` is the repo's Maven wrapper here (same Maven 3.9); `java` is $JAVA_HOME/bin/java.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
README="$ROOT/README.md"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

section="$(awk '/^### A minimal project/{on=1; next} on && /^##/{exit} on' "$README")"
[ -n "$section" ] || { echo "check-install: README has no '### A minimal project'" >&2; exit 1; }
block() { # block LANG: the fenced blocks of that language in the section, the Nth ($2, from 1)
  printf '%s\n' "$section" | awk -v lang="$1" -v want="${2:-1}" '
    !inb && $0 ~ "^```" lang "$" { inb=1; n++; next }
    inb && /^```/ { inb=0; if (n == want) exit; next }
    inb && n == want { print }'
}
pom="$(block xml)"; java_src="$(block java)"; commands="$(block bash)"; expected="$(block text)"
for v in pom java_src commands expected; do
  [ -n "${!v}" ] || { echo "check-install: the README's minimal project has no $v block" >&2; exit 1; }
done
src_path="$(printf '%s\n' "$section" | grep -o '^`src/main/java/[^`]*\.java`' | tr -d '`' | head -1)"
[ -n "$src_path" ] || { echo "check-install: the README names no src/main/java/... file" >&2; exit 1; }

if [ "${NUMBAT_SKIP_INSTALL:-}" != 1 ]; then
  "$ROOT/numbat" install
fi

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/numbat-user-project.XXXXXX")"
[ "${NUMBAT_KEEP_SCRATCH:-}" = 1 ] || trap 'rm -rf "$SCRATCH"' EXIT
case "$SCRATCH" in "$ROOT"/*) echo "check-install: the scratch folder is inside the repo" >&2; exit 1 ;; esac
cd "$SCRATCH"
printf '%s\n' "$pom" > pom.xml
mkdir -p "$(dirname "$src_path")"
printf '%s\n' "$java_src" > "$src_path"
echo "check-install: user project in $SCRATCH (pom.xml, $src_path)"

# The README's commands, one per line: `mvn` is the repo's wrapper (with MAVEN_ARGS), `java` plain java.
actual=""
while IFS= read -r line; do
  [ -n "$line" ] || continue
  read -r -a words <<< "$line"
  case "${words[0]}" in
    mvn) echo "check-install: \$ $line"; "$ROOT/mvnw" -B "${words[@]:1}" ;;
    java) echo "check-install: \$ $line"
          # the line as written, its quotes honoured (the -cp wildcard is java's, not the shell's)
          actual="$(eval "\"\$JAVA\" ${line#java }" 2> "$SCRATCH/stderr.txt")"
          printf '%s\n' "$actual"
          sed 's/^/check-install: stderr: /' "$SCRATCH/stderr.txt" ;;
    *) echo "check-install: unexpected command in the README: $line" >&2; exit 1 ;;
  esac
done <<< "$commands"

[ "$actual" = "$expected" ] || {
  echo "check-install: FAILED: the output differs from the README's:" >&2
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") >&2 || true; exit 1; }
if grep -q "SIMD kernels are off\|restricted method" "$SCRATCH/stderr.txt"; then
  echo "check-install: FAILED: the README's options should silence Numbat's and the JDK's warnings" >&2; exit 1
fi
if ls target/lib | grep -q '^cuda-'; then
  echo "check-install: FAILED: the user project got org.bytedeco:cuda transitively" >&2; exit 1
fi
echo "check-install: OK: the README's project built against the local repository and printed the README's output ($(ls target/lib | wc -l) jars in target/lib, no CUDA bindings)"
