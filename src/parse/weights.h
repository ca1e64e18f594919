// Weights: averaged-perceptron training and the compact table the models score with.
//
//   PerceptronTrainer t(n_classes);
//   t.score(keys, n, scores);  t.update(keys, n, gold, guess);  t.tick();
//   WeightTable table = t.finish(0.5f);          // averaged, pruned, int8-quantised
//   table.add_scores(keys, n, scores);           // one probe per feature, a dense add per row
//
// Each feature owns one row of weights over all classes, so scoring costs one hash probe per
// feature rather than one per (feature, class).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace factlint {

class WeightTable {
 public:
  WeightTable() = default;

  int classes() const { return classes_; }
  std::size_t rows() const { return scales_.size(); }

  // scores[c] += weight(key, c) for every key present in the table.
  void add_scores(const std::uint64_t* keys, std::size_t n, float* scores) const;

  // The table without the rows whose largest |weight| is below `min_weight`.
  WeightTable pruned(float min_weight) const;

  void save(std::string& out) const;
  // Reads what save() wrote at data[pos...]; advances pos. Returns an error message or "".
  std::string load(const std::string& data, std::size_t& pos);

 private:
  friend class PerceptronTrainer;
  // Rows (key, scale, int8 weights per class) in key order; an open-addressing index over them.
  static WeightTable build(int classes, std::vector<std::uint64_t> keys, std::vector<float> scales,
                           std::vector<std::int8_t> values);
  int classes_ = 0;
  std::uint64_t mask_ = 0;
  std::vector<std::uint64_t> slot_keys_;  // 0 = empty
  std::vector<std::uint32_t> slot_rows_;
  std::vector<std::uint64_t> row_keys_;
  std::vector<float> scales_;
  std::vector<std::int8_t> values_;  // rows() * classes_
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  void score(const std::uint64_t* keys, std::size_t n, float* scores) const;
  // Moves weight from `guess` to `truth` on every key (nothing when they are equal).
  void update(const std::uint64_t* keys, std::size_t n, int truth, int guess);
  void tick() { ++clock_; }

  // Averaged weights; rows whose largest |weight| is below `prune` are dropped.
  WeightTable finish(float prune) const;

 private:
  int classes_;
  double clock_ = 1;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<float> weights_;
  // Sum of clock * delta, for the average; float keeps memory down and its rounding is
  // negligible once divided by the clock.
  std::vector<float> stamped_;
};

}  // namespace factlint
