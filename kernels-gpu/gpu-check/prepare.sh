#!/usr/bin/env bash
# ./numbat gpu-check prepare: everything a lent GPU machine (no JDK, no Maven, no network) needs to
# run the device check, in kernels-gpu/target/gpu-check/ (ignored by git; carried by the device
# tool): a jlinked Java runtime (jre/) and the runtime class path (lib/: the numbat jars (errors,
# kernels-cpu, kernels-gpu, numbat = generated-api, whose GpuArrayChecks are the NDArray checks),
# javacpp, JTransforms, the cuda bindings and their JNI jars; never cuda-redist: the machine's
# Python wheels have CUDA; nor OpenBLAS's natives, ~20 MB: the checks need no host BLAS).
# Fails when it and the working tree would not fit in the tool's 64 MiB.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
: "${JAVA_HOME:?JAVA_HOME must name a JDK 25 (./numbat sets it)}"
GC="$ROOT/kernels-gpu/target/gpu-check"
LIMIT=$((64 * 1024 * 1024))

echo "gpu-check: building kernels-gpu, generated-api and their dependencies (JDK $JAVA_HOME) ..." >&2
rm -rf "$GC"
mkdir -p "$GC/lib"
# one reactor run, so the numbat jars on the class path are the ones just built (nothing installed);
# copy-dependencies runs in every reactor module and copies the sibling jars from the reactor
"$ROOT/mvnw" -q -B -DskipTests -pl kernels-gpu,generated-api -am package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$GC/lib" >&2
cp "$ROOT"/kernels-gpu/target/numbat-kernels-gpu-*.jar "$ROOT"/generated-api/target/numbat-0*.jar "$GC/lib/"
# checks contributed by other modules (GpuCheck.Suite) are in those jars (README "Runtime and gpu-check").
# Left out: cuda-redist (the wheels have CUDA), OpenBLAS's natives (no room; nothing checked needs host
# BLAS: a host matmul or linalg call would raise there), test jars, and the annotation processor's
# own dependencies (build-time only; the processor module is in the reactor through -am).
rm -f "$GC"/lib/*-sources.jar "$GC"/lib/cuda-redist* "$GC"/lib/openblas-*-linux-* "$GC"/lib/junit* "$GC"/lib/opentest4j* "$GC"/lib/apiguardian* \
  "$GC"/lib/numbat-processor* "$GC"/lib/numbat-op-specs* "$GC"/lib/javapoet* "$GC"/lib/snakeyaml*

echo "gpu-check: jlink ..." >&2
"$JAVA_HOME/bin/jlink" --add-modules java.base,jdk.incubator.vector,java.logging,jdk.unsupported,java.management \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$GC/jre"

size_of() { du -sb "$@" 2>/dev/null | awk '{s += $1} END {print s + 0}'; }
rt=$(size_of "$GC")
tree=$(git ls-files -z --cached --others --exclude-standard | xargs -0 -r du -cb 2>/dev/null | awk '/\ttotal$/ {s += $1} END {print s + 0}')
total=$((rt + tree))
mib() { awk -v b="$1" 'BEGIN {printf "%.1f MiB", b / 1048576}'; }
echo "gpu-check: runtime $(mib "$rt") (jre $(mib "$(size_of "$GC/jre")"), lib $(mib "$(size_of "$GC/lib")")) + working tree $(mib "$tree") = $(mib "$total") of 64 MiB"
if [ "$total" -gt "$LIMIT" ]; then
  echo "gpu-check: over the device tool's 64 MiB: drop jars from $GC/lib or modules from the jlink list" >&2
  exit 1
fi
echo "gpu-check: ready; on the device: carry [\"kernels-gpu/target/gpu-check\"], command './numbat gpu-check run'"
