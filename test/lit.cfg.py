# lit configuration of the coro-tidy test suite.
import os
import shutil

import lit.formats

config.name = "coro-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "check_coro_tidy.py", "lit.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.coro_build_dir, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# The LLVM the build is against: "llvm-22" or "llvm-19". Tests of what only
# one of them has say REQUIRES: llvm-22. "other-clang-tidy": the stock
# clang-tidy of the other supported LLVM is installed (%other_clang_tidy).
config.available_features.add("llvm-" + config.llvm_version)
config.substitutions.append(("%llvm_version", config.llvm_version))
config.substitutions.append(("%coro_version", config.coro_version))
for other in ("22", "19"):
    other_tidy = shutil.which("clang-tidy-" + other)
    if other != config.llvm_version and other_tidy:
        config.available_features.add("other-clang-tidy")
        config.substitutions.append(("%other_clang_tidy", other_tidy))
        config.substitutions.append(("%other_llvm_version", other))
        break

bin_dir = os.path.join(config.coro_build_dir, "bin")
inputs = os.path.join(config.test_source_root, "Inputs")
qt = "/usr/include/x86_64-linux-gnu/qt6"

# lit substitutes in order: composite substitutions come first.
config.substitutions.append(
    ("%check_coro_tidy",
     "%s %s --tidy=%s --clang=%s --filecheck=%s" % (
         config.python_executable,
         os.path.join(config.test_source_root, "check_coro_tidy.py"),
         os.path.join(bin_dir, "coro-tidy"), config.clang,
         os.path.join(config.llvm_tools_dir, "FileCheck"))))
config.substitutions.append(("%coro_tidy", os.path.join(bin_dir, "coro-tidy")))
config.substitutions.append(("%coro_clangd", os.path.join(bin_dir, "coro-clangd")))
config.substitutions.append(("%coro_model_tests", os.path.join(bin_dir, "coro-model-tests")))
config.substitutions.append(
    ("%coro_plugin", os.path.join(config.coro_build_dir, "lib", "CoroTidyPlugin.so")))
config.substitutions.append(("%stock_clang_tidy", config.stock_clang_tidy))
config.substitutions.append(("%clangxx", config.clang))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%project_root", config.coro_source_dir))
config.substitutions.append(("%coro_build_dir", config.coro_build_dir))
config.substitutions.append(("%inputs", inputs))
# Compiler flags: the stand-in headers, the std::generator model, and the real
# Debian Qt6 + QCoro headers (Qt wants position-independent code).
config.substitutions.append(
    ("%coro_std", "-std=c++20 -isystem %s -isystem %s" % (
        inputs, os.path.join(inputs, "std-generator"))))
config.substitutions.append(
    ("%qcoro_flags", "-std=c++20 -fPIC -isystem {0} -isystem {0}/QtCore "
     "-isystem /usr/include/qcoro6 -isystem /usr/include/qcoro6/qcoro "
     "-isystem /usr/include/qcoro6/QCoro".format(qt)))
