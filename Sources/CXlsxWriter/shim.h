#ifndef ESSOR_CXLSXWRITER_SHIM_H
#define ESSOR_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
