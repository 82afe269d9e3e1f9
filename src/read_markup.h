/* The read stage in two files: read.c turns bytes into plain-text documents
 * (files, encodings, directories) and read_markup.c turns HTML and XML into
 * documents through libxml2.  This header is what each gives the other; it
 * includes no libxml2 header, so only read_markup.c sees libxml2. */
#ifndef NG_READ_MARKUP_H
#define NG_READ_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "newsgraph/newsgraph.h"

/* ---- from read_markup.c ---- */

/* Parses s[0..n) (borrowed) as HTML, honouring <meta charset> unless enc
 * is given; *out is a new document the caller frees with ng_doc_free. */
ng_status ng_read_html(ng_doc **out, const char *path, const char *s, size_t n,
                       const char *enc, ng_error *err);

/* Parses s[0..n) (borrowed) as well-formed XML; *out is a new document the
 * caller frees with ng_doc_free. */
ng_status ng_read_xml(ng_doc **out, const char *path, const char *s, size_t n,
                      const char *enc, ng_error *err);

/* ---- from read.c ---- */

/* ASCII white space, as HTML and the plain-text reader both count it. */
static inline bool
ng_read_is_space(unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* A new empty document for path; the caller frees it with ng_doc_free. */
ng_status ng_read_doc_new(ng_doc **out, const char *path);

/* Ends the making of doc (owned, NULL when none was made) whatever st says
 * happened before: on success it gets its IRI and a guessed language and
 * *out takes it; otherwise it is freed and a lack of memory is reported in
 * err.  Returns the final status. */
ng_status ng_read_doc_end(ng_doc **out, ng_doc *doc, ng_status st,
                          const char *path, ng_error *err);

/* NG_OK when s[0..n) is UTF-8; otherwise an error at the first bad byte. */
ng_status ng_read_check_utf8(const char *s, size_t n, const char *path,
                             ng_error *err);

/* Sets *out to a copy of the first line of s that is not blank, trimmed;
 * NULL when every line is blank. */
ng_status ng_read_first_line(char **out, const char *s, size_t n);

#endif /* NG_READ_MARKUP_H */
