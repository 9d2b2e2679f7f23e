package com.providercredentials.core;

import java.util.List;
import javax.annotation.Nullable;

/**
 * A value bound to names: a field, variable or constant, a property, an Android resource, a JSON key,
 * a map entry. A literal that no name holds is a binding with no names.
 *
 * @param keys    the names under which other code can refer to this value (for resolution across files)
 * @param names   the names that say what the value is ({@code TWILIO_AUTH_TOKEN}, {@code twilio.auth_token})
 * @param context the names of what encloses it (class, object, file), weaker than {@code names}
 * @param value   the value
 * @param via     when the value is a reference to a value written elsewhere, what this binding does with it
 *                ("Compiled into BuildConfig.TWILIO_AUTH_TOKEN here"): a secondary location of the finding, or null
 * @param returned whether the name is only the function that returns the value ({@code fun value2() = "…"}): a
 *                 weaker name, which does not hold the value (no pair by position, docs/adr/017)
 */
public record Binding(List<String> keys, List<String> names, List<String> context, Expr value, @Nullable String via, boolean returned) {

  public Binding {
    keys = List.copyOf(keys);
    names = List.copyOf(names);
    context = List.copyOf(context);
  }

  public Binding(List<String> keys, List<String> names, List<String> context, Expr value, @Nullable String via) {
    this(keys, names, context, value, via, false);
  }

  public Binding(List<String> keys, List<String> names, List<String> context, Expr value) {
    this(keys, names, context, value, null);
  }

  public static Binding literal(Expr value) {
    return new Binding(List.of(), List.of(), List.of(), value);
  }

  public static Binding named(String name, Expr value) {
    return new Binding(List.of(), List.of(name), List.of(), value);
  }
}
