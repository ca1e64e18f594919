// `factlint parse`: the syntax layer's view of a text or a CoNLL-U file, as CoNLL-U.
//
//   ParseCommand cmd;  cmd.input = "conllu";  cmd.path = "test.conllu";
//   return run_parse(cmd);   // exit code
#pragma once

#include <string>

namespace factlint {

struct ParseCommand {
  std::string input = "text";  // text | conllu (keep the file's words, ignore its annotations)
  std::string path = "-";
  std::string model;  // default: the shipped model
};

int run_parse(const ParseCommand& cmd);

}  // namespace factlint
