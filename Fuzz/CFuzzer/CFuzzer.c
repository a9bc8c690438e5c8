// Only a header: libFuzzer's driver is declared in include/CFuzzer.h.
#include "CFuzzer.h"
