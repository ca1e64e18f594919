// factlint: a fact-consistency checker for news copy. See README.md.
#include "cli/cli.h"

int main(int argc, char** argv) {
  return factlint::run_cli(argc, argv);
}
