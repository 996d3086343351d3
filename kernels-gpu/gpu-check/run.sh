#!/usr/bin/env bash
# ./numbat gpu-check run: the device check, run from the repository root on a lent GPU machine with
# the runtime that `./numbat gpu-check prepare` left in kernels-gpu/target/gpu-check (no JDK needed).
# Finds CUDA 13's libraries in python3's nvidia-* wheels, puts them and the driver's folder on
# LD_LIBRARY_PATH (read by the dynamic linker when JavaCPP loads libjnicudart.so & co.), runs
# dev.numbat.gpu.runtime.GpuCheck (probe, checks, benchmark), then peers.py (PyTorch, JAX) for ratios.
# Exit status: GpuCheck's (0 passed, 1 a check failed, 3 "SKIPPED: no CUDA device").
# Options are passed to GpuCheck (--no-bench; --list prints the checks' names and runs nothing);
# NUMBAT_GPU_CHECK_PEERS=0 skips peers.py.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
GC="$ROOT/kernels-gpu/target/gpu-check"
if [ ! -x "$GC/jre/bin/java" ]; then
  echo "gpu-check: no runtime in $GC: run './numbat gpu-check prepare' first, and carry kernels-gpu/target/gpu-check" >&2
  exit 2
fi
PY="$(command -v python3 || true)"

libdirs=()
if [ -n "$PY" ]; then
  # site-packages/nvidia/<package>/lib (CUDA 12 wheels: cuda_runtime, cublas, ...; CUDA 13: cu13)
  while IFS= read -r d; do [ -n "$d" ] && libdirs+=("$d"); done < <("$PY" - <<'PYEOF' 2>/dev/null
import glob, os, site, sys
roots = set(site.getsitepackages() + [site.getusersitepackages()] + [p for p in sys.path if p.endswith("-packages")])
try:
    import nvidia
    roots.update(os.path.dirname(p) for p in nvidia.__path__)
except Exception:
    pass
seen = []
for r in sorted(roots):
    for d in sorted(glob.glob(os.path.join(r, "nvidia", "*", "lib")) + glob.glob(os.path.join(r, "nvidia", "*", "lib64"))):
        if d not in seen and glob.glob(os.path.join(d, "*.so*")):
            seen.append(d)
print("\n".join(seen))
PYEOF
)
fi
# the driver's libcuda.so.1: the loader's cache usually has it; these are where containers mount it
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib64; do
  [ -e "$d/libcuda.so.1" ] && libdirs+=("$d")
done
# headers for NVRTC (cuda_fp16.h, cuda_bf16.h): the toolkit's, else the runtime wheel's include folder
INCLUDE=""
for d in "${CUDA_HOME:-/usr/local/cuda}/include" $(printf '%s\n' "${libdirs[@]:-}" | sed -n 's|/lib6\{0,1\}4\{0,1\}$|/include|p'); do
  if [ -f "$d/cuda_fp16.h" ]; then INCLUDE="$d"; break; fi
done
LD="$(IFS=:; echo "${libdirs[*]:-}")"
export LD_LIBRARY_PATH="${LD}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

WORK="${TMPDIR:-/tmp}/numbat-gpu-check"
mkdir -p "$WORK"
RESULTS="$WORK/numbat.json"
rm -f "$RESULTS"
"$GC/jre/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xss8m \
  ${INCLUDE:+-Dnumbat.cuda.include="$INCLUDE"} -Dorg.bytedeco.javacpp.pathsFirst=true -Dorg.bytedeco.javacpp.cachedir="$WORK/javacpp" \
  -Dnumbat.cuda.cache="$WORK/cuda" \
  -cp "$GC/lib/*" dev.numbat.gpu.runtime.GpuCheck --results "$RESULTS" "$@"
rc=$?
listing=0
for a in "$@"; do [ "$a" = --list ] && listing=1; done
if [ "$rc" -ne 3 ] && [ "$listing" = 0 ] && [ -n "$PY" ] && [ "${NUMBAT_GPU_CHECK_PEERS:-1}" != 0 ]; then
  PYTHONUNBUFFERED=1 "$PY" "$ROOT/kernels-gpu/gpu-check/peers.py" --numbat "$RESULTS" || echo "gpu-check: peers.py failed (exit $?)"
fi
if [ -n "${OUT:-}" ] && [ -d "${OUT:-}" ] && [ -f "$RESULTS" ]; then cp "$RESULTS" "$OUT/"; fi
exit "$rc"
