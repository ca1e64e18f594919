// Support for the libFuzzer targets: the input as a string, and a scratch file for loaders that
// read paths.
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//     std::string text = fuzz::as_text(data, size);
//     load_config(fuzz::scratch_file(text, ".yaml"), {}, diags);
//   }
//
// Every target is built twice: with clang and -fsanitize=fuzzer (FACTLINT_FUZZ=ON), and in the
// normal build with replay_main.cpp, which feeds it the files of fuzz/regressions/<target>.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

namespace fuzz {

inline std::string as_text(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Writes `text` to a file of this process (overwritten on each input) and returns its path.
inline std::string scratch_file(const std::string& text, const std::string& suffix) {
  std::string path = "/tmp/factlint-fuzz-" + std::to_string(getpid()) + suffix;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  return path;
}

}  // namespace fuzz
