/**
 * Readers and writers for csww: {@code Workforce.load(path)} finds them through {@link
 * java.util.ServiceLoader}.
 */
package io.github.csww.io;
