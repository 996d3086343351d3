package dev.numbat.gpu.runtime;

import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.cuGetErrorName;
import static org.bytedeco.cuda.global.cudart.cuGetErrorString;

import dev.numbat.errors.RuntimeError;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/** Result checks of driver API calls: a failure raises {@link RuntimeError} naming the call and the error. */
final class Cuda {
  private Cuda() {}

  static void check(int result, String call) {
    if (result != CUDA_SUCCESS) throw new RuntimeError(call + " failed: " + describe(result));
  }

  /** "CUDA_ERROR_NO_DEVICE (100): no CUDA-capable device is detected". */
  static String describe(int result) {
    // const char** outputs: the driver points them at its own static strings
    try (PointerPointer<BytePointer> name = new PointerPointer<>(1); PointerPointer<BytePointer> text = new PointerPointer<>(1)) {
      String n = cuGetErrorName(result, name) == CUDA_SUCCESS ? string(name) : null;
      String t = cuGetErrorString(result, text) == CUDA_SUCCESS ? string(text) : null;
      return (n == null ? "CUDA error" : n) + " (" + result + ")" + (t == null || t.isEmpty() ? "" : ": " + t);
    }
  }

  private static String string(PointerPointer<BytePointer> p) {
    BytePointer s = p.get(BytePointer.class, 0);
    return s == null || s.isNull() ? null : s.getString();
  }
}
