package dev.numbat.gpu.source;

/**
 * One CUDA C translation unit: {@code source} starts with {@link CudaTypes#prelude()} and defines
 * {@code extern "C"} kernels, so their names are unmangled; {@code name} is the kernel's name
 * (for a single-kernel source) or the template's name (for a hand-written file of many kernels,
 * whose names its Javadoc lists).
 */
public record KernelSource(String name, String source) {}
