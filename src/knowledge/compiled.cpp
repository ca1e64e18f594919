// Compiled knowledge base: a versioned header, then every entity field in declaration order.
#include "knowledge/compiled.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace factlint {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[4] = {'F', 'L', 'K', 'B'};
// Bump whenever Entity, Diagnostic or the layout below changes.
constexpr std::uint32_t kFormatVersion = 2;
// magic, version, key, payload checksum, payload size
constexpr std::size_t kHeaderSize = 4 + 4 + 8 + 8 + 8;

class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void i32(std::int32_t v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void i64(std::int64_t v) { raw(&v, sizeof v); }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  // File names repeat in every position: each is written once and referred to by number.
  void position(const SourcePosition& p) {
    auto [it, added] =
        file_numbers_.emplace(p.file, static_cast<std::uint32_t>(file_numbers_.size()));
    u32(it->second);
    if (added) str(p.file);
    i32(p.line);
    i32(p.column);
  }
  void date(const std::optional<FuzzyDate>& d) {
    u8(d ? 1 : 0);
    if (!d) return;
    i32(d->year());
    u8(static_cast<std::uint8_t>(d->month()));
    u8(static_cast<std::uint8_t>(d->day()));
  }
  void count(const CountRange& c) {
    i64(c.min);
    i64(c.max);
  }
  void terms(const std::vector<Term>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const Term& t : v) {
      str(t.ref);
      date(t.start);
      date(t.end);
      u8(t.acting ? 1 : 0);
      str(t.status);
      str(t.source);
      position(t.where);
    }
  }
  // The fields of entity_fields, one overload a type.
  void field(const std::string& v) { str(v); }
  void field(const std::vector<std::string>& v) { strings(v); }
  void field(const std::optional<FuzzyDate>& v) { date(v); }
  void field(const std::vector<Term>& v) { terms(v); }
  void field(const SourcePosition& v) { position(v); }
  void field(bool v) { u8(v ? 1 : 0); }
  void field(int v) { i32(v); }
  void field(EntityType v) { u8(static_cast<std::uint8_t>(v)); }
  void field(const std::optional<CountRange>& v) {
    field(v.has_value());
    if (v) count(*v);
  }
  void field(const std::vector<GroupCount>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const GroupCount& g : v) {
      strings(g.nouns);
      str(g.country);
      count(g.count);
      position(g.where);
    }
  }
  void field(const std::map<std::string, SourcePosition>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& [key, where] : v) {
      str(key);
      position(where);
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
  std::unordered_map<std::string, std::uint32_t> file_numbers_;
};

// Reads what Writer wrote; any read past the end, or any value out of its range, marks the
// reader failed and makes every later read return a default, so callers check once at the end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  bool ok() const { return ok_; }
  bool at_end() const { return p_ == end_; }
  const std::string& why() const { return why_; }
  void fail(std::string why) {
    if (ok_) why_ = std::move(why);
    ok_ = false;
  }

  std::uint8_t u8() { return number<std::uint8_t>(); }
  std::uint32_t u32() { return number<std::uint32_t>(); }
  std::int32_t i32() { return number<std::int32_t>(); }
  std::int64_t i64() { return number<std::int64_t>(); }
  bool flag() {
    std::uint8_t v = u8();
    if (v > 1) fail("a flag is neither 0 nor 1");
    return v == 1;
  }
  std::string str() {
    std::uint32_t n = u32();
    if (!ok_ || n > remaining()) {
      fail("a string runs past the end");
      return {};
    }
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  // A count of items that each take at least `min_item_size` bytes: bounded by what is left, so
  // a damaged count cannot ask for gigabytes.
  std::uint32_t items(std::size_t min_item_size) {
    std::uint32_t n = u32();
    if (ok_ && static_cast<std::size_t>(n) * min_item_size > remaining()) {
      fail("a count exceeds the data left");
      return 0;
    }
    return ok_ ? n : 0;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> v(items(4));
    for (std::string& s : v) s = str();
    return v;
  }
  SourcePosition position() {
    SourcePosition p;
    std::uint32_t number = u32();
    if (number == files_.size()) {
      std::string file = str();
      // A writer numbers each file once: a second number for the same file is not its output.
      if (!file_set_.insert(file).second) fail("a file numbered twice");
      files_.push_back(std::move(file));
    } else if (number > files_.size()) {
      fail("a position names a file not yet seen");
      return p;
    }
    if (!ok_) return p;
    p.file = files_[number];
    p.line = i32();
    p.column = i32();
    return p;
  }
  std::optional<FuzzyDate> date() {
    if (!flag()) return std::nullopt;
    int year = i32();
    int month = u8();
    int day = u8();
    auto d = FuzzyDate::from_parts(year, month, day);
    if (!d) fail("an impossible date");
    return d;
  }
  CountRange count() {
    CountRange c;
    c.min = i64();
    c.max = i64();
    if (c.min < 0 || c.max < c.min) fail("a count range out of order");
    return c;
  }
  std::vector<Term> terms() {
    std::vector<Term> v(items(16));
    for (Term& t : v) {
      t.ref = str();
      t.start = date();
      t.end = date();
      t.acting = flag();
      t.status = str();
      t.source = str();
      t.where = position();
    }
    return v;
  }

  // The fields of entity_fields, one overload a type.
  void field(std::string& v) { v = str(); }
  void field(std::vector<std::string>& v) { v = strings(); }
  void field(std::optional<FuzzyDate>& v) { v = date(); }
  void field(std::vector<Term>& v) { v = terms(); }
  void field(SourcePosition& v) { v = position(); }
  void field(bool& v) { v = flag(); }
  void field(int& v) { v = i32(); }
  void field(EntityType& v) {
    std::uint8_t type = u8();
    if (type > static_cast<std::uint8_t>(EntityType::kEvent)) fail("an unknown entity type");
    v = static_cast<EntityType>(type);
  }
  void field(std::optional<CountRange>& v) {
    v.reset();
    if (flag()) v = count();
  }
  void field(std::vector<GroupCount>& v) {
    v.resize(items(20));
    for (GroupCount& g : v) {
      g.nouns = strings();
      g.country = str();
      g.count = count();
      g.where = position();
    }
  }
  void field(std::map<std::string, SourcePosition>& v) {
    v.clear();
    std::uint32_t n = items(8);
    for (std::uint32_t i = 0; i < n && ok_; ++i) {
      std::string key = str();
      // Written in the map's order: keys out of order or repeated are not a writer's output.
      if (!v.empty() && !(v.rbegin()->first < key)) fail("fact keys out of order");
      v.emplace_hint(v.end(), std::move(key), position());
    }
  }

 private:
  template <typename T>
  T number() {
    T v = 0;
    raw(&v, sizeof v);
    return v;
  }
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - p_); }
  void raw(void* out, std::size_t n) {
    if (!ok_ || n > remaining()) {
      fail("the data ends early");
      return;
    }
    std::memcpy(out, p_, n);
    p_ += n;
  }
  const char* p_;
  const char* end_;
  bool ok_ = true;
  std::string why_;
  std::vector<std::string> files_;
  std::unordered_set<std::string> file_set_;
};

// Every field of an entity, in file order, for the writer (E = const Entity) and the reader
// (E = Entity) alike: one list, so that the two cannot drift apart.
template <typename IO, typename E>
void entity_fields(IO& io, E& e) {
  io.field(e.id);
  io.field(e.type);
  io.field(e.name);
  io.field(e.wikidata);
  io.field(e.description);
  io.field(e.aliases);
  io.field(e.descriptors);
  io.field(e.sources);
  io.field(e.as_of);
  io.field(e.iso2);
  io.field(e.iso3);
  io.field(e.demonyms);
  io.field(e.capitals);
  io.field(e.former_names);
  io.field(e.country);
  io.field(e.organization);
  io.field(e.located_in);
  io.field(e.division);
  io.field(e.role);
  io.field(e.reports_to);
  io.field(e.seats);
  io.field(e.titles);
  io.field(e.courtesy_title);
  io.field(e.born);
  io.field(e.died);
  io.field(e.positions);
  io.field(e.founded);
  io.field(e.members);
  io.field(e.category);
  io.field(e.part_of);
  io.field(e.start);
  io.field(e.end);
  io.field(e.date);
  io.field(e.participants);
  io.field(e.location);
  io.field(e.deaths);
  io.field(e.deaths_among);
  io.field(e.winner);
  io.field(e.where);
  io.field(e.fact_at);
}

void put_u32(std::string& out, std::uint32_t v) {
  out.append(reinterpret_cast<const char*>(&v), 4);
}
void put_u64(std::string& out, std::uint64_t v) {
  out.append(reinterpret_cast<const char*>(&v), 8);
}
std::uint64_t get_u64(std::string_view bytes, std::size_t at) {
  std::uint64_t v;
  std::memcpy(&v, bytes.data() + at, 8);
  return v;
}

std::string hex(std::uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 15];
  return s;
}

}  // namespace

std::uint64_t compiled_key(std::string_view program_fingerprint,
                           const std::vector<SourceText>& sources) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  auto add = [&](const void* p, std::size_t n) { XXH3_64bits_update(state, p, n); };
  auto add_text = [&](std::string_view s) {
    std::uint64_t n = s.size();
    add(&n, sizeof n);  // lengths first, so ("ab", "c") and ("a", "bc") differ
    add(s.data(), s.size());
  };
  add(&kFormatVersion, sizeof kFormatVersion);
  add_text(program_fingerprint);
  for (const SourceText& s : sources) {
    add(&s.layer, sizeof s.layer);
    add_text(s.path);
    add_text(s.text);
  }
  std::uint64_t key = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return key;
}

std::string write_compiled(std::uint64_t key, const std::vector<Entity>& entities,
                           const std::vector<std::string>& files, const Diagnostics& diags) {
  Writer w;
  w.strings(files);
  w.u32(static_cast<std::uint32_t>(diags.all().size()));
  for (const Diagnostic& d : diags.all()) {
    w.u8(d.level == DiagnosticLevel::kError ? 0 : 1);
    w.position(d.where);
    w.str(d.message);
  }
  w.u32(static_cast<std::uint32_t>(entities.size()));
  for (const Entity& e : entities) entity_fields(w, e);
  return compiled_file(key, w.take());
}

std::string compiled_file(std::uint64_t key, std::string_view payload) {
  std::string out(kMagic, sizeof kMagic);
  put_u32(out, kFormatVersion);
  put_u64(out, key);
  put_u64(out, XXH3_64bits(payload.data(), payload.size()));
  put_u64(out, payload.size());
  out += payload;
  return out;
}

std::optional<LoadedKnowledge> read_compiled(std::string_view bytes, std::uint64_t key,
                                             std::string* error) {
  auto reject = [&](const std::string& why) -> std::optional<LoadedKnowledge> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return reject("not a compiled knowledge base");
  std::uint32_t version;
  std::memcpy(&version, bytes.data() + 4, 4);
  if (version != kFormatVersion)
    return reject("format version " + std::to_string(version) + ", this program reads " +
                  std::to_string(kFormatVersion));
  if (get_u64(bytes, 8) != key) return reject("compiled from other sources or another program");
  std::string_view payload = bytes.substr(kHeaderSize);
  if (get_u64(bytes, 24) != payload.size()) return reject("truncated");
  if (get_u64(bytes, 16) != XXH3_64bits(payload.data(), payload.size()))
    return reject("damaged (its checksum does not match)");

  Reader r(payload);
  LoadedKnowledge loaded;
  loaded.files = r.strings();
  std::uint32_t diagnostics = r.items(14);
  for (std::uint32_t i = 0; i < diagnostics && r.ok(); ++i) {
    std::uint8_t level = r.u8();
    if (level > 1) r.fail("an unknown diagnostic level");
    SourcePosition where = r.position();
    std::string message = r.str();
    if (level == 0)
      loaded.diags.error(std::move(where), std::move(message));
    else
      loaded.diags.warning(std::move(where), std::move(message));
  }
  std::uint32_t entities = r.items(64);
  loaded.entities.reserve(entities);
  for (std::uint32_t i = 0; i < entities && r.ok(); ++i)
    entity_fields(r, loaded.entities.emplace_back());
  if (r.ok() && !r.at_end()) r.fail("data after the last entity");
  if (!r.ok()) return reject("malformed: " + r.why());
  return loaded;
}

std::string program_fingerprint() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  struct stat st {};
  if (ec || ::stat(self.c_str(), &st) != 0) return "factlint";
  return self.string() + ":" + std::to_string(st.st_size) + ":" +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

std::string CompiledCache::path_for(std::uint64_t key) const {
  return (fs::path(dir_) / ("kb-" + hex(key) + ".flkb")).string();
}

std::optional<LoadedKnowledge> CompiledCache::read(std::uint64_t key) const {
  std::string path = path_for(key);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return std::nullopt;
  }
  std::size_t size = static_cast<std::size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return std::nullopt;
  std::string error;
  auto loaded = read_compiled({static_cast<const char*>(map), size}, key, &error);
  ::munmap(map, size);
  // Pruning keeps the newest files: a file in use is made new again.
  if (loaded) ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
  return loaded;
}

bool CompiledCache::write(std::uint64_t key, const std::vector<Entity>& entities,
                          const std::vector<std::string>& files, const Diagnostics& diags) const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return false;
  std::string path = path_for(key);
  // Unique per process and thread: two writers of the same key never share a temporary file.
  std::string temporary = path + ".tmp." + std::to_string(::getpid()) + "." +
                          std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    std::string bytes = write_compiled(key, entities, files, diags);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return false;
  }
  // Each edit of the sources makes a new file: keep the newest few.
  std::vector<std::pair<fs::file_time_type, fs::path>> kept;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::end(it); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind("kb-", 0) != 0 || it->path().extension() != ".flkb") continue;
    std::error_code time_ec;
    auto time = it->last_write_time(time_ec);
    if (!time_ec) kept.emplace_back(time, it->path());
  }
  if (kept.size() > static_cast<std::size_t>(kKeep)) {
    std::sort(kept.begin(), kept.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = kKeep; i < kept.size(); ++i)
      if (kept[i].second.string() != path) fs::remove(kept[i].second, ec);
  }
  return true;
}

}  // namespace factlint
