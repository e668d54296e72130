// zlib, for the raw DEFLATE that SMART Health Cards require. Vapor's own dependencies
// already need zlib's headers, so this adds nothing to a fresh machine's setup.
#include <zlib.h>
