rootProject.name = "drivers"
include(":app")
