package com.example.hostile

object Broken {
    val token = """unterminated
    fun (((
