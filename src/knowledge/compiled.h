// Compiled knowledge base: the entities of a layered YAML load, written to one binary file so that
// later runs skip YAML parsing (about nine tenths of a one-article run's start-up).
//
//   std::uint64_t key = compiled_key(program_fingerprint(), sources);  // layer, path, text
//   std::string bytes = write_compiled(key, entities, files, diags);
//   std::string error;
//   std::optional<LoadedKnowledge> again = read_compiled(bytes, key, &error);
//
// The key is a checksum of the format version, the program that wrote the file, and every
// source file's path and text: a file whose key differs is stale and never read. The payload has
// its own checksum, and every count and length is bounds-checked, so a truncated or corrupted
// file is rejected with a reason, never trusted. YAML stays the source of truth.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "knowledge/entity.h"

namespace factlint {

// What a load produced before indexing: the merged entities, the files read, and the warnings
// the load and validation gave (a compiled file is only written for a load without errors).
struct LoadedKnowledge {
  std::vector<Entity> entities;
  std::vector<std::string> files;
  Diagnostics diags;
};

// One source of a load: a path as the load was given it, and the file's text.
struct SourceText {
  std::string path;
  std::string text;
  int layer = 0;
};

// The checksum (XXH3) that names a compiled file: the format version, the program, and every
// source's layer, path and text, in load order.
std::uint64_t compiled_key(std::string_view program_fingerprint,
                           const std::vector<SourceText>& sources);

std::string write_compiled(std::uint64_t key, const std::vector<Entity>& entities,
                           const std::vector<std::string>& files, const Diagnostics& diags);
// The header (format, key, the payload's checksum and size) followed by the payload: what
// write_compiled returns, and how the fuzz target reaches the payload reader past the checksum.
std::string compiled_file(std::uint64_t key, std::string_view payload);
// nullopt, with the reason in `error`, when the bytes are not a compiled file of this format and
// key, or are damaged.
std::optional<LoadedKnowledge> read_compiled(std::string_view bytes, std::uint64_t key,
                                             std::string* error);

// The identity of the running program (its path, size and modification time): a rebuilt binary
// may read YAML differently, so its files never reuse those of another build.
std::string program_fingerprint();

// What a load did with the cache: read a compiled file, or wrote one (at `path`).
struct CacheUse {
  bool read = false;
  bool written = false;
  std::string path;
};

// A cache folder of compiled files, one per key ("kb-<key>.flkb"). A refreshing cache never
// reads: its loads parse the YAML and write the compiled file anew (`factlint kb compile`).
class CompiledCache {
 public:
  explicit CompiledCache(std::string dir, bool refresh = false)
      : dir_(std::move(dir)), refresh_(refresh) {}
  const std::string& dir() const { return dir_; }
  bool refresh() const { return refresh_; }
  std::string path_for(std::uint64_t key) const;
  // The compiled file for the key, memory-mapped and read (and its time refreshed, so pruning
  // spares it); nullopt when absent or unusable.
  std::optional<LoadedKnowledge> read(std::uint64_t key) const;
  // Writes atomically (a temporary file renamed into place) and keeps the kKeep most recently
  // used files.
  // False when the folder cannot be written: the cache is an optimisation, never an error.
  bool write(std::uint64_t key, const std::vector<Entity>& entities,
             const std::vector<std::string>& files, const Diagnostics& diags) const;

  static constexpr int kKeep = 12;

 private:
  std::string dir_;
  bool refresh_;
};

}  // namespace factlint
