/**
 * The escapes of each dialect the front-ends read, decoded once: Java, Kotlin, Groovy, properties, JSON and Android
 * resource strings. Each decoder takes the text between the quotes; none throws on a malformed or truncated escape
 * (JSON's says so with -1, as a malformed escape makes the file unreadable JSON).
 */
package com.providercredentials.core.escapes;
