// Inputs: which files a run checks. Directories are walked in sorted order, honouring the
// .gitignore files of the walk and of its parents up to the repository root; globs pick and
// drop files.
//
//   WalkResult walk = walk_directory("articles");    // walk.files: candidates, sorted
//   bool drop = glob_match("drafts/**", "drafts/a.md");
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factlint {

// Glob over '/'-separated relative paths: `*` and `?` stop at '/', `**` crosses folders,
// `[abc]` is a class. A pattern without '/' matches a file or folder name at any depth; one with
// '/' is anchored. A pattern that matches a folder matches everything below it.
bool glob_match(std::string_view pattern, std::string_view path);
bool any_glob_matches(const std::vector<std::string>& patterns, std::string_view path);

// A path met on a walk that exists but cannot be read: a folder without permission, a symlink
// loop. (A dangling symlink is nothing to read, as editors leave for lock files, and is skipped.)
struct UnreadablePath {
  std::string path;
  std::string reason;  // "Permission denied", "Too many levels of symbolic links"
  bool folder = false;
};

struct WalkResult {
  std::vector<std::string> files;  // sorted
  std::vector<UnreadablePath> unreadable;
};

// Every regular file below `root` that .gitignore does not exclude; `.git` is skipped.
WalkResult walk_directory(const std::string& root);

// True for the extensions factlint reads when no include glob says otherwise.
bool is_article_extension(std::string_view path);

// `path` relative to `base` with '/' separators, or `path` unchanged when it is not below it.
std::string relative_to(const std::string& path, const std::string& base);

}  // namespace factlint
