/**
 * What the code front-ends (Java, Kotlin) share in lowering a syntax tree to the core's candidates: bindings, calls,
 * concatenations, references and the scopes that qualify them. Each front-end drives it through its own tree API by
 * extending {@link com.providercredentials.lowering.Lowering}; this package knows no parser and no SonarQube.
 */
package com.providercredentials.lowering;
