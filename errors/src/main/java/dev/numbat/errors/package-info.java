/**
 * NumPy's exceptions in Java form. They are a module of their own ({@code errors/}, depending on
 * nothing) so that the kernels can raise them too (a negative integer power, a bool subtract) and
 * every layer above throws the same classes.
 */
package dev.numbat.errors;
