package com.example.hostile;

public final class Truncated {

  private static final String TOKEN = "32fae2bd833a82cb8acf4637
