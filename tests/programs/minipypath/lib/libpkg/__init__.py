WHO = "libpkg"
