// Weights: perceptron training with averaging, pruning and int8 quantisation.
#include "parse/weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace factlint {

namespace {

template <typename T>
void put(std::string& out, const T* data, std::size_t n) {
  out.append(reinterpret_cast<const char*>(data), n * sizeof(T));
}

template <typename T>
bool get(const std::string& data, std::size_t& pos, T* dst, std::size_t n) {
  if (pos + n * sizeof(T) > data.size()) return false;
  std::memcpy(dst, data.data() + pos, n * sizeof(T));
  pos += n * sizeof(T);
  return true;
}

}  // namespace

namespace {

// The dense part of scoring: rows of int8 weights, each with its scale, added to the class
// scores. Cloned for AVX2 (picked at load time when the CPU has it): this loop is most of the
// time a parse takes.
__attribute__((target_clones("avx2", "default"))) void add_rows(const std::int8_t* values,
                                                                const float* scales,
                                                                const std::uint32_t* rows,
                                                                std::size_t n, int classes,
                                                                float* scores) {
  for (std::size_t i = 0; i < n; ++i) {
    if (rows[i] == UINT32_MAX) continue;
    const std::int8_t* row = values + std::size_t{rows[i]} * static_cast<std::size_t>(classes);
    float scale = scales[rows[i]];
    for (int c = 0; c < classes; ++c) scores[c] += scale * static_cast<float>(row[c]);
  }
}

}  // namespace

void WeightTable::add_scores(const std::uint64_t* keys, std::size_t n, float* scores) const {
  if (slot_keys_.empty()) return;
  // Probe every key first so the cache misses overlap instead of queueing.
  std::size_t slots[256];
  std::uint32_t rows[256];
  n = std::min<std::size_t>(n, 256);
  for (std::size_t i = 0; i < n; ++i) {
    slots[i] = keys[i] & mask_;
    __builtin_prefetch(&slot_keys_[slots[i]]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t s = slots[i];
    rows[i] = UINT32_MAX;
    for (;;) {
      std::uint64_t k = slot_keys_[s];
      if (k == keys[i]) {
        rows[i] = slot_rows_[s];
        __builtin_prefetch(&values_[std::size_t{rows[i]} * static_cast<std::size_t>(classes_)]);
        break;
      }
      if (k == 0) break;
      s = (s + 1) & mask_;
    }
  }
  add_rows(values_.data(), scales_.data(), rows, n, classes_, scores);
}

WeightTable WeightTable::build(int classes, std::vector<std::uint64_t> keys,
                               std::vector<float> scales, std::vector<std::int8_t> values) {
  WeightTable t;
  t.classes_ = classes;
  std::size_t slots = 16;
  while (slots < keys.size() * 2) slots *= 2;  // load factor <= 0.5: probes stay short
  t.mask_ = slots - 1;
  t.slot_keys_.assign(slots, 0);
  t.slot_rows_.assign(slots, UINT32_MAX);
  for (std::size_t r = 0; r < keys.size(); ++r) {
    std::size_t s = keys[r] & t.mask_;
    while (t.slot_keys_[s] != 0) s = (s + 1) & t.mask_;
    t.slot_keys_[s] = keys[r];
    t.slot_rows_[s] = static_cast<std::uint32_t>(r);
  }
  t.row_keys_ = std::move(keys);
  t.scales_ = std::move(scales);
  t.values_ = std::move(values);
  return t;
}

WeightTable WeightTable::pruned(float min_weight) const {
  std::vector<std::uint64_t> keys;
  std::vector<float> scales;
  std::vector<std::int8_t> values;
  std::size_t c = static_cast<std::size_t>(classes_);
  for (std::size_t r = 0; r < rows(); ++r) {
    if (scales_[r] * 127.0f < min_weight) continue;
    keys.push_back(row_keys_[r]);
    scales.push_back(scales_[r]);
    values.insert(values.end(), values_.begin() + static_cast<long>(r * c),
                  values_.begin() + static_cast<long>((r + 1) * c));
  }
  return build(classes_, std::move(keys), std::move(scales), std::move(values));
}

void WeightTable::save(std::string& out) const {
  std::uint64_t header[2] = {static_cast<std::uint64_t>(classes_), rows()};
  put(out, header, 2);
  put(out, row_keys_.data(), row_keys_.size());
  put(out, scales_.data(), scales_.size());
  put(out, values_.data(), values_.size());
}

std::string WeightTable::load(const std::string& data, std::size_t& pos) {
  std::uint64_t header[2];
  if (!get(data, pos, header, 2)) return "truncated weight table";
  std::uint64_t classes = header[0], rows = header[1];
  if (classes == 0 || classes > 4096 || rows > (1ULL << 30) ||
      rows * (classes + 12) > data.size() - pos)
    return "corrupt weight table header";
  std::vector<std::uint64_t> keys(rows);
  std::vector<float> scales(rows);
  std::vector<std::int8_t> values(rows * classes);
  if (!get(data, pos, keys.data(), rows) || !get(data, pos, scales.data(), rows) ||
      !get(data, pos, values.data(), values.size()))
    return "truncated weight table";
  for (std::uint64_t k : keys)
    if (k == 0) return "corrupt weight table key";
  *this = build(static_cast<int>(classes), std::move(keys), std::move(scales), std::move(values));
  return "";
}

void PerceptronTrainer::score(const std::uint64_t* keys, std::size_t n, float* scores) const {
  for (std::size_t i = 0; i < n; ++i) {
    auto it = index_.find(keys[i]);
    if (it == index_.end()) continue;
    const float* row = &weights_[std::size_t{it->second} * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += row[c];
  }
}

void PerceptronTrainer::update(const std::uint64_t* keys, std::size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (std::size_t i = 0; i < n; ++i) {
    auto [it, fresh] = index_.emplace(keys[i], static_cast<std::uint32_t>(index_.size()));
    if (fresh) {
      weights_.resize(weights_.size() + classes_, 0.0f);
      stamped_.resize(stamped_.size() + classes_, 0.0f);
    }
    std::size_t row = std::size_t{it->second} * classes_;
    weights_[row + truth] += 1.0f;
    stamped_[row + truth] += static_cast<float>(clock_);
    weights_[row + guess] -= 1.0f;
    stamped_[row + guess] -= static_cast<float>(clock_);
  }
}

WeightTable PerceptronTrainer::finish(float prune) const {
  // Averaged weight = w - (sum of clock * delta) / clock (Daume's trick).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;
  std::vector<float> avg(weights_.size());
  for (const auto& [key, index] : index_) {
    std::size_t row = std::size_t{index} * classes_;
    float top = 0;
    for (int c = 0; c < classes_; ++c) {
      avg[row + c] = static_cast<float>(weights_[row + c] - stamped_[row + c] / clock_);
      top = std::max(top, std::fabs(avg[row + c]));
    }
    if (top >= prune && top > 0) kept.emplace_back(key, index);
  }
  std::sort(kept.begin(), kept.end());  // a deterministic table whatever the hash map's order
  std::vector<std::uint64_t> keys;
  std::vector<float> scales;
  std::vector<std::int8_t> values;
  values.reserve(kept.size() * static_cast<std::size_t>(classes_));
  for (const auto& [key, index] : kept) {
    const float* row = &avg[std::size_t{index} * classes_];
    float top = 0;
    for (int c = 0; c < classes_; ++c) top = std::max(top, std::fabs(row[c]));
    float scale = top / 127.0f;
    keys.push_back(key);
    scales.push_back(scale);
    for (int c = 0; c < classes_; ++c)
      values.push_back(static_cast<std::int8_t>(std::lround(row[c] / scale)));
  }
  return WeightTable::build(classes_, std::move(keys), std::move(scales), std::move(values));
}

}  // namespace factlint
