#ifndef ESSOR_CFUZZER_H
#define ESSOR_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that keeps its own main (libclang_rt.fuzzer provides it
/// when essor-fuzz is linked with -sanitize=fuzzer; never called otherwise).
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
