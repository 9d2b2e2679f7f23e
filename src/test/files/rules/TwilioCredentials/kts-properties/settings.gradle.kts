rootProject.name = "kts-properties"
include(":app")
