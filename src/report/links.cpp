// Links: GitHub blob URLs, paths relative to the report, or file: URIs, whichever resolves.
#include "report/links.h"

#include <cstdlib>
#include <filesystem>

namespace factlint {

namespace fs = std::filesystem;

namespace {

fs::path absolute_normal(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return ec ? fs::path(path) : p.lexically_normal();
}

// Percent-encodes what would end or bend a URL path (RFC 3986 unreserved and '/' stay).
std::string encode(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

fs::path working_root() {
  // In GitHub Actions the checkout is GITHUB_WORKSPACE; elsewhere the working directory.
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  if (workspace && *workspace) return absolute_normal(workspace);
  std::error_code ec;
  return fs::current_path(ec).lexically_normal();
}

std::string below(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

}  // namespace

std::string github_blob_base() {
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repo = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (!server || !repo || !sha || !*server || !*repo || !*sha) return "";
  return std::string(server) + "/" + repo + "/blob/" + sha + "/";
}

bool inside_working_directory(const std::string& path) {
  return !below(absolute_normal(path), working_root()).empty();
}

std::string file_link(const std::string& path, int line, const std::string& report_dir,
                      bool web_only) {
  std::string fragment = line > 0 ? "#L" + std::to_string(line) : "";
  fs::path file = absolute_normal(path);
  std::string in_checkout = below(file, working_root());
  std::string blob = github_blob_base();
  if (!blob.empty() && !in_checkout.empty()) return blob + encode(in_checkout) + fragment;
  if (web_only) {
    // A comment read on the web: a relative link resolves against the page, never a local path.
    return in_checkout.empty() ? "" : encode(in_checkout) + fragment;
  }
  // Relative only when the report lives in the checkout too: a path climbing out of a report in
  // /tmp ("../../work/...") breaks as soon as either moves.
  fs::path from = report_dir.empty() ? working_root() : absolute_normal(report_dir);
  if (!in_checkout.empty() && (from == working_root() || !below(from, working_root()).empty())) {
    fs::path rel = file.lexically_relative(from);
    if (!rel.empty()) return encode(rel.generic_string()) + fragment;
  }
  return "file://" + encode(file.generic_string()) + fragment;
}

}  // namespace factlint
