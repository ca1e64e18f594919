// Paths: locating the shipped knowledge/ and rules/.
#include "engine/paths.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace factlint {

namespace fs = std::filesystem;

std::optional<std::string> default_data_dir(const std::string& name) {
  std::error_code ec;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("FACTLINT_DATA_DIR"))
    candidates.push_back(fs::path(env) / name);
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path bin = exe.parent_path();
    candidates.push_back(bin.parent_path() / name);
    candidates.push_back(bin.parent_path() / "share" / "factlint" / name);
  }
  candidates.push_back(fs::path(FACTLINT_SOURCE_DIR) / name);
  for (const fs::path& c : candidates)
    if (fs::is_directory(c, ec)) return display_path(fs::weakly_canonical(c, ec).string());
  return std::nullopt;
}

std::optional<std::string> cache_dir() {
  if (const char* env = std::getenv("FACTLINT_CACHE_DIR")) {
    std::string dir = env;
    if (dir == "off") return std::nullopt;
    if (!dir.empty()) return dir;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "factlint").string();
  if (const char* home = std::getenv("HOME"); home && *home)
    return (fs::path(home) / ".cache" / "factlint").string();
  return std::nullopt;
}

std::string display_path(const std::string& path) {
  std::error_code ec;
  fs::path p(path);
  if (p.is_relative()) return p.lexically_normal().string();
  fs::path rel = fs::proximate(p, fs::current_path(ec), ec);
  if (ec || rel.empty()) return path;
  std::string s = rel.string();
  if (s.rfind("..", 0) == 0) return path;
  return s;
}

}  // namespace factlint
