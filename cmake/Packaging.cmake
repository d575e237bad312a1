# The Debian package: `cpack -G DEB` in the build directory makes
# coro-tidy_<version>_<arch>.deb with what `cmake --install` installs
# (coro-tidy, coro-clangd, the plugin, coro-tidy-project and the docs), for
# the LLVM the build used.
set(CPACK_PACKAGE_NAME coro-tidy)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "coro-tidy")
set(CPACK_PACKAGE_CONTACT "coro-tidy maintainers <coro-tidy@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "clang-tidy checks for resource-cleanup hazards in C++20 coroutines")
set(CPACK_PACKAGE_DESCRIPTION
    "coro-tidy finds generators left suspended, cleanup co_awaits that a
cancellation skips, tasks nothing awaits and other coroutine hazards, and
fixes them. It ships coro-tidy (clang-tidy with the checks built in),
coro-clangd, a plugin for the stock clang-tidy and coro-tidy-project for
whole projects.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/coro-tidy/coro-tidy)
# The binaries link libLLVM.so of the same major version (libllvmN); the
# plugin loads into clang-tidy-N; coro-tidy-project is Python and applies
# fixes with clang-apply-replacements-N (clang-tools-N).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libllvm${LLVM_VERSION_MAJOR}, libc6, libstdc++6, python3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "clang-tools-${LLVM_VERSION_MAJOR}, python3-yaml")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "clang-tidy-${LLVM_VERSION_MAJOR}")
include(CPack)
