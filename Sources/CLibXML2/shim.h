#ifndef WATCHLIST_CLIBXML2_SHIM_H
#define WATCHLIST_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers then declare ICU types that clash with Foundation's
// copy of ICU ("'UErrorCode' has different definitions"). We use no ICU-specific libxml2 API.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

#endif
