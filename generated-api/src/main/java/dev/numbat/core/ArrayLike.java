package dev.numbat.core;

import dev.numbat.NDArray;

/**
 * An object that stands for an array wherever an op takes one: {@code autodiff.Variable} (TF's
 * variables are accepted by every op). {@link Dispatch} reads it before any interpreter sees the
 * call, so a tape watches the read and a trace binds it per call; argument conversion reads it too
 * (the eager path of hand-written ops, nested lists).
 */
public interface ArrayLike {
  /** The array it stands for now. */
  NDArray read();
}
