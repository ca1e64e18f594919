# Runs the factlint binary and compares its stdout and exit code with an approved file.
#   cmake -DBINARY=... -DARGS="check ..." -DGOLDEN=path -DWORKDIR=... -P golden.cmake
# Set FACTLINT_UPDATE_GOLDEN=1 in the environment to approve the current output.
separate_arguments(arg_list UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${BINARY} ${arg_list}
  WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
set(actual "exit: ${code}\n${out}")
if(DEFINED ENV{FACTLINT_UPDATE_GOLDEN})
  file(WRITE ${GOLDEN} "${actual}")
  message(STATUS "approved ${GOLDEN}")
  return()
endif()
if(NOT EXISTS ${GOLDEN})
  message(FATAL_ERROR "no approved output ${GOLDEN}; run with FACTLINT_UPDATE_GOLDEN=1")
endif()
file(READ ${GOLDEN} expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${GOLDEN}.actual "${actual}")
  message(FATAL_ERROR "output differs from ${GOLDEN}\n--- expected\n${expected}\n--- actual\n${actual}\n--- stderr\n${err}\n(diff ${GOLDEN} ${GOLDEN}.actual)")
endif()
