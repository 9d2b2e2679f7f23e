package com.example.rides.config;

/** Kept apart from the code that uses them, under names that say nothing. */
public final class Keys {

    public static final String ACCOUNT = "AC8fa1774254d8bf635fc1c3a1d937ed9f";
    public static final String SECRET = "4d5503b76d9d83da5088ca00cd8ad45f";
    public static final String FROM = "+15005550006";

    private Keys() {
    }
}
