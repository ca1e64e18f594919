// Command line: parses arguments (CLI11) and dispatches to the commands in commands.h.
//
//   return factlint::run_cli(argc, argv);   // exit code: 0 clean, 1 findings, 2 error
#pragma once

namespace factlint {

int run_cli(int argc, char** argv);

}  // namespace factlint
