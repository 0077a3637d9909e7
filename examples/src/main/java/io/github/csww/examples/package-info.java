/** Runnable example programs for csww. */
package io.github.csww.examples;
