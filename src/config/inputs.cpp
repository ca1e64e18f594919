// Inputs: glob matching, .gitignore rules, the directory walk.
#include "config/inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <vector>

#include "core/text.h"

namespace factlint {

namespace fs = std::filesystem;

namespace {

// One step of a glob: after the positions `from` of `s` it may reach, the positions after it.
// Every step is one pass over `s`, so a match costs O(pattern x path) whatever the pattern
// ("a*a*a*...b" took exponential time when matched by backtracking).
std::vector<char> glob_step(std::string_view& p, std::string_view s,
                            const std::vector<char>& from) {
  std::size_t n = s.size();
  std::vector<char> to(n + 1, 0);
  if (p.substr(0, 2) == "**") {
    p.remove_prefix(2);
    bool folders = !p.empty() && p[0] == '/';  // "**/" stands for zero or more whole folders
    if (folders) p.remove_prefix(1);
    bool seen = false;
    for (std::size_t k = 0; k <= n; ++k) {
      to[k] = from[k] || (seen && (!folders || (k > 0 && s[k - 1] == '/')));
      seen = seen || from[k];
    }
    return to;
  }
  if (p[0] == '*') {  // any run of characters within one folder
    p.remove_prefix(1);
    bool open = false;
    for (std::size_t k = 0; k <= n; ++k) {
      open = open || from[k];
      to[k] = open;
      if (k < n && s[k] == '/') open = false;
    }
    return to;
  }
  // One character: '?', a [set], or a literal ('[' without a closing ']' is one).
  auto accepts = [&](char c) { return c == p[0]; };
  std::function<bool(char)> test = accepts;
  std::size_t width = 1;
  if (p[0] == '?') {
    test = [](char c) { return c != '/'; };
  } else if (p[0] == '[') {
    std::size_t close = p.find(']', 2);
    if (close != std::string_view::npos) {
      std::string_view set = p.substr(1, close - 1);
      bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
      if (negate) set.remove_prefix(1);
      width = close + 1;
      test = [set, negate](char c) {
        bool found = false;
        for (std::size_t i = 0; i < set.size(); ++i) {
          if (i + 2 < set.size() && set[i + 1] == '-') {
            found = found || (c >= set[i] && c <= set[i + 2]);
            i += 2;
          } else {
            found = found || c == set[i];
          }
        }
        return found != negate && c != '/';
      };
    }
  }
  for (std::size_t k = 0; k < n; ++k) to[k + 1] = from[k] && test(s[k]);
  p.remove_prefix(width);
  return to;
}

// Matches `p` against `s` entirely; `*` and `?` never cross '/'.
bool match_here(std::string_view p, std::string_view s) {
  std::vector<char> reach(s.size() + 1, 0);
  reach[0] = 1;
  while (!p.empty()) {
    reach = glob_step(p, s, reach);
    if (std::find(reach.begin(), reach.end(), 1) == reach.end()) return false;
  }
  return reach[s.size()] != 0;
}

struct IgnoreRule {
  std::string pattern;
  bool negate = false;
  bool directory_only = false;
};

struct IgnoreFile {
  fs::path base;
  std::vector<IgnoreRule> rules;
};

std::shared_ptr<const IgnoreFile> read_ignore_file(const fs::path& dir) {
  std::ifstream in(dir / ".gitignore");
  if (!in) return nullptr;
  auto file = std::make_shared<IgnoreFile>();
  file->base = dir;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = line;
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (t.empty() || t[0] == '#') continue;
    IgnoreRule rule;
    if (t[0] == '!') {
      rule.negate = true;
      t.remove_prefix(1);
    }
    if (!t.empty() && t.back() == '/') {
      rule.directory_only = true;
      t.remove_suffix(1);
    }
    // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
    if (!t.empty() && t[0] == '/') t.remove_prefix(1);
    if (t.empty()) continue;
    rule.pattern = std::string(t);
    file->rules.push_back(rule);
  }
  return file;
}

using IgnoreStack = std::vector<std::shared_ptr<const IgnoreFile>>;

bool is_ignored(const IgnoreStack& stack, const fs::path& path, bool is_dir) {
  bool ignored = false;
  for (const auto& file : stack) {
    std::string rel = path.lexically_relative(file->base).generic_string();
    for (const IgnoreRule& rule : file->rules) {
      if (rule.directory_only && !is_dir) continue;
      bool anchored = rule.pattern.find('/') != std::string::npos;
      bool hit = anchored ? match_here(rule.pattern, rel)
                          : match_here(rule.pattern, path.filename().string());
      if (hit) ignored = !rule.negate;
    }
  }
  return ignored;
}

void walk(const fs::path& dir, IgnoreStack stack, WalkResult& out) {
  std::error_code ec;
  if (auto file = read_ignore_file(fs::absolute(dir, ec).lexically_normal())) stack.push_back(file);
  std::vector<fs::directory_entry> entries;
  auto it = fs::directory_iterator(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) out.unreadable.push_back({dir.lexically_normal().string(), ec.message(), true});
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& e : entries) {
    bool is_dir = e.is_directory(ec) && !e.is_symlink(ec);
    if (is_dir && e.path().filename() == ".git") continue;
    if (is_ignored(stack, fs::absolute(e.path(), ec).lexically_normal(), is_dir)) continue;
    if (is_dir) {
      walk(e.path(), stack, out);
    } else if (e.is_regular_file(ec)) {
      out.files.push_back(e.path().lexically_normal().string());
    } else if (ec && ec != std::errc::no_such_file_or_directory) {
      out.unreadable.push_back({e.path().lexically_normal().string(), ec.message(), false});
    }
  }
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  if (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  bool anchored = pattern.find('/') != std::string_view::npos;
  if (anchored && pattern[0] == '/') pattern.remove_prefix(1);
  // Try the whole path and each folder prefix of it (a folder matches all below it); a name
  // pattern also tries each single component.
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = path.find('/', start);
    std::string_view prefix = path.substr(0, slash);
    std::string_view component = path.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (anchored ? match_here(pattern, prefix) : match_here(pattern, component)) return true;
    if (slash == std::string_view::npos) return false;
    start = slash + 1;
  }
}

bool any_glob_matches(const std::vector<std::string>& patterns, std::string_view path) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return glob_match(p, path); });
}

WalkResult walk_directory(const std::string& root) {
  // The .gitignore files above the walk, up to the repository root, apply too.
  IgnoreStack stack;
  std::error_code ec;
  fs::path start = fs::absolute(root, ec).lexically_normal();
  if (!start.has_filename()) start = start.parent_path();
  std::vector<fs::path> parents;
  for (fs::path dir = start.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    parents.push_back(dir);
    if (fs::exists(dir / ".git", ec) || dir == dir.parent_path()) break;
  }
  if (!parents.empty() && fs::exists(parents.back() / ".git", ec))
    for (auto it = parents.rbegin(); it != parents.rend(); ++it)
      if (auto file = read_ignore_file(*it)) stack.push_back(file);
  WalkResult out;
  walk(fs::path(root), stack, out);
  return out;
}

bool is_article_extension(std::string_view path) {
  static const char* const kExtensions[] = {".md",   ".markdown", ".mdx",   ".txt",  ".text",
                                            ".html", ".htm",      ".ninjs", ".xhtml"};
  std::string lower = to_lower_ascii(path);
  for (const char* ext : kExtensions) {
    std::string_view e = ext;
    if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

std::string relative_to(const std::string& path, const std::string& base) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec).lexically_normal();
  fs::path b = fs::absolute(base.empty() ? "." : base, ec).lexically_normal();
  fs::path rel = p.lexically_relative(b);
  std::string s = rel.generic_string();
  if (rel.empty() || s.substr(0, 2) == "..") return fs::path(path).generic_string();
  return s;
}

}  // namespace factlint
