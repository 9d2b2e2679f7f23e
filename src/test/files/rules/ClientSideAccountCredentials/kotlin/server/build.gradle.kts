plugins {
    kotlin("jvm") version "2.0.21"
    id("io.ktor.plugin") version "2.3.12"
}

application {
    mainClass.set("com.example.backend.ApplicationKt")
}
