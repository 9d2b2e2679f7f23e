package com.providercredentials.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a front-end found in one file: the bound values and the calls. The detection core works
 * on a whole project's units at once, so that a constant declared in one file and used in another, or a
 * SID in one resource file and its token in another, meet.
 */
public final class SourceUnit {

  /** What kind of source a file is: it decides which values pair with each other. */
  public enum Kind {
    /** Java or Kotlin code: values pair within the file. */
    CODE,
    /** Android resources, build files, properties, JSON: values pair within the module. */
    RESOURCE
  }

  private final String file;
  private final String module;
  private final Kind kind;
  private final List<Binding> bindings = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Set<Trait> traits = EnumSet.noneOf(Trait.class);
  private Deadline deadline = Deadline.NONE;
  private boolean comments;

  public SourceUnit(String file, String module, Kind kind) {
    this.file = file;
    this.module = module;
    this.kind = kind;
  }

  /**
   * A unit for the credentials written in the comments of a code or resource unit's file: same file, module, kind,
   * traits and time bound. Its findings say that they are in a comment; its calls and identifiers are not the file's
   * code (rule ClientSideAccountCredentials and SharedAccountSid pass over them), and its secrets pair with the
   * identifiers of the file's code and comments, while the code's secrets never pair with an identifier of a comment.
   */
  public static SourceUnit commentsOf(SourceUnit code) {
    SourceUnit comments = new SourceUnit(code.file, code.module, code.kind);
    comments.comments = true;
    comments.deadline = code.deadline;
    comments.traits.addAll(code.traits);
    return comments;
  }

  /** Gives a unit of comments read before its code was walked the traits the walk found (see {@link #commentsOf}). */
  public SourceUnit traitsOf(SourceUnit code) {
    traits.addAll(code.traits);
    return this;
  }

  /** Whether what this unit holds is written in comments (see {@link #commentsOf}). */
  public boolean inComments() {
    return comments;
  }

  public String file() {
    return file;
  }

  /** The module (Gradle or Maven project directory) the file belongs to; "" at the root. */
  public String module() {
    return module;
  }

  public Kind kind() {
    return kind;
  }

  public List<Binding> bindings() {
    return Collections.unmodifiableList(bindings);
  }

  public List<Call> calls() {
    return Collections.unmodifiableList(calls);
  }

  /** Facts about the file that some rules need, e.g. {@link Trait#ANDROID_CODE} for Android application code. */
  public Set<Trait> traits() {
    return Collections.unmodifiableSet(traits);
  }

  /** The time bound of the front-end that fills this unit; see {@link #checkpoint()}. */
  public SourceUnit deadline(Deadline deadline) {
    this.deadline = deadline;
    return this;
  }

  /** Called by the front-ends' loops: throws {@link Deadline.Exceeded} once the file's time bound is past. */
  public void checkpoint() {
    deadline.check();
  }

  public SourceUnit add(Binding binding) {
    deadline.check();
    bindings.add(binding);
    return this;
  }

  public SourceUnit add(Call call) {
    deadline.check();
    calls.add(call);
    return this;
  }

  public SourceUnit trait(Trait trait) {
    traits.add(trait);
    return this;
  }

  public boolean isEmpty() {
    // a manifest or build script with nothing else still says that its module is an Android one
    return bindings.isEmpty() && calls.isEmpty() && (comments || !traits.contains(Trait.ANDROID_MODULE));
  }
}
