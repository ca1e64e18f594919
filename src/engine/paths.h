// Paths: where the default knowledge base and rules live, found without flags.
//
//   std::optional<std::string> kb = default_data_dir("knowledge");
//
// Looked up, in order: $FACTLINT_DATA_DIR/<name>; next to the binary's parent directory (the
// build tree: build/factlint -> ./knowledge); <prefix>/share/factlint/<name> (installed); the
// source tree the binary was built from.
#pragma once

#include <optional>
#include <string>

namespace factlint {

std::optional<std::string> default_data_dir(const std::string& name);

// Where compiled knowledge bases are kept: $FACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/factlint,
// else ~/.cache/factlint. nullopt (no cache) when FACTLINT_CACHE_DIR is "off" or no home is known.
std::optional<std::string> cache_dir();

// A path as users should see it: relative to the working directory when it lies below it.
std::string display_path(const std::string& path);

}  // namespace factlint
