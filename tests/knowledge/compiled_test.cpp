// Compiled knowledge base: a lossless round trip, the cache read only for the same sources, and
// damaged or stale files rejected with a reason (the load then falls back to the YAML).
#include <unistd.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "knowledge/compiled.h"
#include "knowledge/knowledge_base.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/";

// A scratch folder removed at the end of the test.
struct ScratchDir {
  fs::path path;
  explicit ScratchDir(const std::string& name)
      : path(fs::temp_directory_path() /
             ("factlint-compiled-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string compile(const KnowledgeBase& kb, const Diagnostics& diags, std::uint64_t key) {
  return write_compiled(key, kb.entities(), kb.files(), diags);
}

}  // namespace

TEST_CASE("A compiled knowledge base reads back field for field", "[knowledge][compiled]") {
  Diagnostics diags;
  auto kb = KnowledgeBase::load({{kFixtures + "kb"}, {kFixtures + "kb-people"}}, diags);
  REQUIRE_FALSE(diags.has_errors());
  diags.warning({"somewhere.yaml", 3, 4}, "a warning to replay");
  std::string bytes = compile(*kb, diags, 42);

  std::string error;
  auto loaded = read_compiled(bytes, 42, &error);
  REQUIRE(loaded);
  CHECK(error.empty());
  // Written again from what was read, the bytes are the same: nothing was lost or altered.
  CHECK(write_compiled(42, loaded->entities, loaded->files, loaded->diags) == bytes);
  REQUIRE(loaded->entities.size() == kb->entities().size());
  CHECK(loaded->files == kb->files());
  REQUIRE(loaded->diags.all().size() == 1);
  CHECK(loaded->diags.all()[0].str() == "somewhere.yaml:3:4: warning: a warning to replay");

  const Entity& war = *std::find_if(loaded->entities.begin(), loaded->entities.end(),
                                    [](const Entity& e) { return e.id == "russo-ukrainian-war"; });
  CHECK(war.start->iso() == "2014-02-20");
  CHECK(war.as_of->iso() == "2025-07-01");
  CHECK(war.position_of("start").line == 10);
  CHECK(war.position_of("start").file ==
        kb->find("russo-ukrainian-war")->position_of("start").file);
}

TEST_CASE("A damaged, stale or foreign compiled file is rejected with a reason",
          "[knowledge][compiled]") {
  Diagnostics diags;
  auto kb = KnowledgeBase::load({{kFixtures + "kb"}}, diags);
  std::string bytes = compile(*kb, diags, 7);
  std::string error;

  CHECK_FALSE(read_compiled(bytes, 8, &error));
  CHECK(error == "compiled from other sources or another program");

  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x20;
  CHECK_FALSE(read_compiled(flipped, 7, &error));
  CHECK(error == "damaged (its checksum does not match)");

  CHECK_FALSE(read_compiled(bytes.substr(0, bytes.size() - 1), 7, &error));
  CHECK(error == "truncated");

  CHECK_FALSE(read_compiled("entities: []\n", 7, &error));
  CHECK(error == "not a compiled knowledge base");

  std::string other_version = bytes;
  other_version[4] = 99;
  CHECK_FALSE(read_compiled(other_version, 7, &error));
  CHECK(error.find("format version 99") == 0);

  // Past the checksum (as the fuzz target goes): a payload that lies about its counts.
  CHECK_FALSE(read_compiled(compiled_file(7, std::string("\xff\xff\xff\x7f", 4)), 7, &error));
  CHECK(error == "malformed: a count exceeds the data left");
  CHECK_FALSE(read_compiled(compiled_file(7, ""), 7, &error));
  CHECK(error == "malformed: the data ends early");
}

TEST_CASE("The cache is read for the same sources and rebuilt when they change",
          "[knowledge][compiled]") {
  ScratchDir scratch("cache");
  fs::path kb_dir = scratch.path / "kb";
  fs::create_directories(kb_dir);
  for (const char* file : {"countries.yaml", "events.yaml"})
    fs::copy_file(kFixtures + "kb/" + file, kb_dir / file);
  CompiledCache cache((scratch.path / "cache").string());

  Diagnostics first_diags;
  CacheUse first;
  auto from_yaml = KnowledgeBase::load({{kb_dir.string()}}, first_diags, &cache, &first);
  CHECK_FALSE(first.read);
  CHECK(first.written);
  REQUIRE(fs::exists(first.path));

  Diagnostics second_diags;
  CacheUse second;
  auto from_cache = KnowledgeBase::load({{kb_dir.string()}}, second_diags, &cache, &second);
  CHECK(second.read);
  CHECK(second.path == first.path);
  CHECK(from_cache->entities().size() == from_yaml->entities().size());
  CHECK(from_cache->files() == from_yaml->files());
  CHECK(second_diags.all().size() == first_diags.all().size());
  // The indexes are rebuilt: names and ids resolve as from the YAML.
  REQUIRE(from_cache->find("russo-ukrainian-war"));
  CHECK(from_cache->find("russo-ukrainian-war")->start->iso() == "2014-02-20");

  // An edit (one date) is a new key: the YAML is read again and a second file is written.
  std::string events = read_file(kb_dir / "events.yaml");
  auto at = events.find("2014-02-20");
  REQUIRE(at != std::string::npos);
  events.replace(at, 10, "2014-02-27");
  write_file(kb_dir / "events.yaml", events);
  Diagnostics third_diags;
  CacheUse third;
  auto edited = KnowledgeBase::load({{kb_dir.string()}}, third_diags, &cache, &third);
  CHECK_FALSE(third.read);
  CHECK(third.written);
  CHECK(third.path != first.path);
  CHECK(edited->find("russo-ukrainian-war")->start->iso() == "2014-02-27");

  // A damaged file is not trusted: the YAML is read and the file written anew.
  std::string bytes = read_file(third.path);
  bytes[bytes.size() - 3] ^= 1;
  write_file(third.path, bytes);
  Diagnostics fourth_diags;
  CacheUse fourth;
  auto recovered = KnowledgeBase::load({{kb_dir.string()}}, fourth_diags, &cache, &fourth);
  CHECK_FALSE(fourth.read);
  CHECK(fourth.written);
  CHECK(recovered->find("russo-ukrainian-war")->start->iso() == "2014-02-27");
  Diagnostics fifth_diags;
  CacheUse fifth;
  KnowledgeBase::load({{kb_dir.string()}}, fifth_diags, &cache, &fifth);
  CHECK(fifth.read);
}

TEST_CASE("A load with errors writes nothing; an unwritable cache is no error",
          "[knowledge][compiled]") {
  ScratchDir scratch("errors");
  CompiledCache cache((scratch.path / "cache").string());
  Diagnostics diags;
  CacheUse use;
  KnowledgeBase::load({{kFixtures + "bad/dangling-reference.yaml"}}, diags, &cache, &use);
  CHECK(diags.has_errors());
  CHECK_FALSE(use.written);
  CHECK_FALSE(fs::exists(scratch.path / "cache"));

  write_file(scratch.path / "a-file", "");
  CompiledCache blocked((scratch.path / "a-file" / "cache").string());
  Diagnostics ok_diags;
  CacheUse blocked_use;
  auto kb = KnowledgeBase::load({{kFixtures + "kb"}}, ok_diags, &blocked, &blocked_use);
  CHECK_FALSE(ok_diags.has_errors());
  CHECK_FALSE(blocked_use.written);
  CHECK(kb->find("russo-ukrainian-war"));
}

TEST_CASE("The cache keeps the newest compiled files only", "[knowledge][compiled]") {
  ScratchDir scratch("prune");
  CompiledCache cache(scratch.path.string());
  Diagnostics diags;
  auto kb = KnowledgeBase::load({{kFixtures + "kb"}}, diags);
  for (std::uint64_t key = 1; key <= CompiledCache::kKeep + 3; ++key)
    REQUIRE(cache.write(key, kb->entities(), kb->files(), diags));
  int kept = 0;
  for (const auto& entry : fs::directory_iterator(scratch.path)) {
    CHECK(entry.path().extension() == ".flkb");
    ++kept;
  }
  CHECK(kept == CompiledCache::kKeep);
  // The file just written is always among them.
  CHECK(fs::exists(cache.path_for(CompiledCache::kKeep + 3)));
}

TEST_CASE("Reading a compiled file spares it from pruning", "[knowledge][compiled]") {
  ScratchDir scratch("recent");
  CompiledCache cache(scratch.path.string());
  Diagnostics diags;
  auto kb = KnowledgeBase::load({{kFixtures + "kb"}}, diags);
  // kKeep files with distinct old times, key 1 the oldest (times set, not waited for).
  auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (std::uint64_t key = 1; key <= CompiledCache::kKeep; ++key) {
    REQUIRE(cache.write(key, kb->entities(), kb->files(), diags));
    fs::last_write_time(cache.path_for(key), an_hour_ago + std::chrono::seconds(key));
  }
  // read() checks the key inside the file, so key 1's file is written under key 1 above.
  REQUIRE(cache.read(1));
  REQUIRE(cache.write(100, kb->entities(), kb->files(), diags));
  CHECK(fs::exists(cache.path_for(1)));        // used just now
  CHECK_FALSE(fs::exists(cache.path_for(2)));  // the least recently used
  CHECK(fs::exists(cache.path_for(3)));
}
