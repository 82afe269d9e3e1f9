/* The read stage: a file, stdin or a string becomes one ng_doc (plain text,
 * HTML or XML), and a directory becomes the sorted list of its article
 * files.  The only file that includes libxml2; it never touches the
 * network. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "utf8.h"
#include "util.h"

#define SNIFF_BYTES 8192 /* how much of a file the binary check looks at */
#define DIR_DEPTH_MAX 64 /* how deep ng_dir_list descends */
#define UTF8_BOM "\xEF\xBB\xBF"

#define HTML_OPTIONS                                                          \
  (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |             \
   HTML_PARSE_RECOVER)

typedef enum doc_kind { KIND_TEXT, KIND_HTML, KIND_XML } doc_kind;

/* ---- small helpers ----------------------------------------------------- */

static bool
is_space(unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* True when the extension of path (after its last dot) is one of exts,
 * ignoring case. */
static bool
has_ext(const char *path, const char *const *exts)
{
  const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

  if (!dot || (slash && dot < slash))
    return false;
  for (; *exts; exts++)
    if (strcasecmp(dot + 1, *exts) == 0)
      return true;
  return false;
}

static bool
in_list_ci(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcasecmp(s, *list) == 0)
      return true;
  return false;
}

static ng_status
nomem(const char *path, ng_error *err)
{
  return ng_error_set(err, NG_ERR_NOMEM, path, 0, 0, "out of memory");
}

/* A new empty document for path; the caller frees it with ng_doc_free. */
static ng_status
doc_new(ng_doc **out, const char *path)
{
  ng_doc *doc = calloc(1, sizeof *doc);

  if (!doc || !(doc->path = ng_strdup(path))) {
    free(doc);
    return NG_ERR_NOMEM;
  }
  *out = doc;
  return NG_OK;
}

/* ---- reading bytes ----------------------------------------------------- */

/* Appends everything fp still holds to b. */
static ng_status
read_stream(FILE *fp, ng_buf *b)
{
  char chunk[65536];
  size_t n;

  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
    if (ng_buf_append(b, chunk, n) != NG_OK)
      return NG_ERR_NOMEM;
  return ferror(fp) ? NG_ERR_IO : NG_OK;
}

/* Reads the whole of path ("-" is stdin) into b, which the caller frees. */
static ng_status
read_all(ng_buf *b, const char *path, ng_error *err)
{
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *fp = is_stdin ? stdin : fopen(path, "rb");
  ng_status st;
  int saved;

  if (!fp)
    return ng_error_set(err, NG_ERR_IO, path, 0, 0, "cannot open: %s",
                        strerror(errno));
  errno = 0;
  st = read_stream(fp, b);
  saved = errno ? errno : EIO;
  if (!is_stdin)
    fclose(fp);
  if (st == NG_ERR_IO)
    return ng_error_set(err, st, path, 0, 0, "cannot open: %s",
                        strerror(saved));
  return st == NG_OK ? NG_OK : nomem(path, err);
}

/* ---- what kind of file ------------------------------------------------- */

static bool
starts_with_ci(const char *p, const char *end, const char *prefix)
{
  size_t n = strlen(prefix);

  return (size_t)(end - p) >= n && strncasecmp(p, prefix, n) == 0;
}

/* Skips a UTF-8 byte order mark and then ASCII white space. */
static const char *
skip_bom_space(const char *p, const char *end)
{
  if (end - p >= 3 && memcmp(p, UTF8_BOM, 3) == 0)
    p += 3;
  while (p < end && is_space((unsigned char)*p))
    p++;
  return p;
}

static bool
looks_html(const char *p, const char *end)
{
  return starts_with_ci(p, end, "<!DOCTYPE html") ||
         starts_with_ci(p, end, "<html");
}

/* The kind of a file by its first bytes; an XML declaration followed by an
 * HTML doctype or root is XHTML, read as HTML. */
static doc_kind
kind_sniff(const char *s, size_t n)
{
  const char *end = s + n, *p = skip_bom_space(s, end);

  if (!starts_with_ci(p, end, "<?xml"))
    return looks_html(p, end) ? KIND_HTML : KIND_TEXT;
  while (p + 1 < end && !(p[0] == '?' && p[1] == '>'))
    p++;
  p = skip_bom_space(p + 2 < end ? p + 2 : end, end);
  return looks_html(p, end) ? KIND_HTML : KIND_XML;
}

static doc_kind
kind_of(const char *path, const char *s, size_t n)
{
  static const char *const html[] = {"html", "htm", "xhtml", NULL};
  static const char *const xml[] = {"xml", NULL};

  if (has_ext(path, html))
    return KIND_HTML;
  if (has_ext(path, xml))
    return KIND_XML;
  return kind_sniff(s, n);
}

/* ---- plain text -------------------------------------------------------- */

/* A NUL byte, or more than one byte in ten a C0 control other than tab,
 * line feed, carriage return and form feed, in the first 8 KiB. */
static bool
looks_binary(const char *s, size_t n)
{
  size_t controls = 0;

  if (n > SNIFF_BYTES)
    n = SNIFF_BYTES;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0)
      return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
      controls++;
  }
  return controls * 10 > n;
}

static bool
is_utf8_name(const char *enc)
{
  return strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0;
}

static ng_status
check_encoding_name(const char *enc, const char *path, ng_error *err)
{
  iconv_t cd = iconv_open("UTF-8", enc);

  if (cd == (iconv_t)-1)
    return ng_error_set(err, NG_ERR_USAGE, path, 0, 0, "unknown encoding: %s",
                        enc);
  iconv_close(cd);
  return NG_OK;
}

/* Reports the byte at bad that enc cannot decode; the line and column come
 * from what was converted before it. */
static ng_status
convert_error(const ng_buf *done, const char *enc, unsigned char bad,
              const char *path, ng_error *err)
{
  unsigned long line, column;

  ng_utf8_line_col(done->data ? done->data : "", done->len, &line, &column);
  return ng_error_set(err, NG_ERR_ENCODING, path, line, column,
                      "invalid %s (byte 0x%02X)", enc, bad);
}

/* Converts what iconv takes in one call (src NULL: writes any pending shift
 * state) and appends the result to out. */
static ng_status
convert_step(iconv_t cd, char **src, size_t *n, ng_buf *out, const char *enc,
             const char *path, ng_error *err)
{
  char chunk[4096], *dst = chunk;
  size_t room = sizeof chunk;
  size_t r = iconv(cd, src, n, &dst, &room);
  int e = errno;

  if (ng_buf_append(out, chunk, (size_t)(dst - chunk)) != NG_OK)
    return nomem(path, err);
  if (r == (size_t)-1 && e != E2BIG)
    return convert_error(out, enc, src ? (unsigned char)**src : 0, path, err);
  return NG_OK;
}

/* Converts in[0..n) from enc to UTF-8, appending to out (caller frees). */
static ng_status
convert_to_utf8(ng_buf *out, const char *in, size_t n, const char *enc,
                const char *path, ng_error *err)
{
  iconv_t cd = iconv_open("UTF-8", enc);
  char *src = (char *)in; /* iconv's prototype; it does not write there */
  ng_status st = NG_OK;

  if (cd == (iconv_t)-1)
    return ng_error_set(err, NG_ERR_USAGE, path, 0, 0, "unknown encoding: %s",
                        enc);
  while (st == NG_OK && n > 0)
    st = convert_step(cd, &src, &n, out, enc, path, err);
  if (st == NG_OK)
    st = convert_step(cd, NULL, NULL, out, enc, path, err);
  iconv_close(cd);
  return st;
}

static ng_status
check_utf8(const char *s, size_t n, const char *path, ng_error *err)
{
  unsigned long line, column;
  size_t bad;

  if (ng_utf8_valid(s, n, &bad))
    return NG_OK;
  ng_utf8_line_col(s, bad, &line, &column);
  return ng_error_set(err, NG_ERR_ENCODING, path, line, column,
                      "invalid UTF-8 (byte 0x%02X)", (unsigned char)s[bad]);
}

/* Copies s into out without a leading byte order mark, with CR LF and lone
 * CR as LF and U+00A0 as a space: every other code point keeps its place,
 * so offsets move only where a CR was dropped. */
static ng_status
normalize_text(ng_buf *out, const char *s, size_t n)
{
  size_t i = n >= 3 && memcmp(s, UTF8_BOM, 3) == 0 ? 3 : 0;

  if (ng_buf_append(out, "", 0) != NG_OK)
    return NG_ERR_NOMEM;
  for (; i < n; i++) {
    const char *put = s + i;
    unsigned char c = (unsigned char)s[i];

    if (c == '\r') {
      put = "\n";
      i += i + 1 < n && s[i + 1] == '\n';
    } else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
      put = " ";
      i++;
    }
    if (ng_buf_append(out, put, 1) != NG_OK)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* Sets *out to a copy of the first line of s that is not blank, trimmed;
 * NULL when every line is blank. */
static ng_status
first_line(char **out, const char *s, size_t n)
{
  const char *p = s, *end = s + n;

  *out = NULL;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    const char *a = p, *b = eol ? eol : end;

    while (a < b && is_space((unsigned char)*a))
      a++;
    while (b > a && is_space((unsigned char)b[-1]))
      b--;
    if (a < b)
      return (*out = ng_strndup(a, (size_t)(b - a))) ? NG_OK : NG_ERR_NOMEM;
    p = eol ? eol + 1 : end;
  }
  return NG_OK;
}

/* ---- language, identifier ---------------------------------------------- */

static bool
is_arabic_letter(uint32_t c)
{
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         c == 0x06D5 || (c >= 0x06FA && c <= 0x06FF) ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

static bool
is_latin_letter(uint32_t c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

/* Letters of other scripts (Greek to Hebrew, Syriac on, CJK and Hangul),
 * counted so that a Russian or Chinese text is neither "ar" nor "en". */
static bool
is_other_letter(uint32_t c)
{
  return (c >= 0x0370 && c < 0x0600) || (c >= 0x0700 && c < 0x0750) ||
         (c >= 0x0780 && c < 0x08A0) || (c >= 0x0900 && c < 0x1E00) ||
         (c >= 0x3040 && c < 0xD800);
}

/* "ar" when at least 30% of the letters are Arabic script, "en" when most
 * are Latin, otherwise NULL. */
static const char *
lang_guess(const char *s, size_t n)
{
  size_t arabic = 0, latin = 0, all = 0;
  const char *p = s, *end = s + n;

  while (p < end) {
    uint32_t c = ng_utf8_next(&p, end);
    arabic += is_arabic_letter(c);
    latin += is_latin_letter(c);
    all += is_arabic_letter(c) || is_latin_letter(c) || is_other_letter(c);
  }
  if (all > 0 && arabic * 10 >= all * 3)
    return "ar";
  if (all > 0 && latin * 2 > all)
    return "en";
  return NULL;
}

/* Gives a document with its text its IRI (a hash of the text) and, when
 * the source did not say, a guessed language. */
static ng_status
doc_finish(ng_doc *doc)
{
  char iri[sizeof NG_DOC_NS + 16];
  const char *lang;

  snprintf(iri, sizeof iri, "%s%016" PRIx64, NG_DOC_NS,
           ng_hash64(doc->text, doc->len));
  if (!(doc->iri = ng_strdup(iri)))
    return NG_ERR_NOMEM;
  if (!doc->lang && (lang = lang_guess(doc->text, doc->len)) != NULL &&
      !(doc->lang = ng_strdup(lang)))
    return NG_ERR_NOMEM;
  return NG_OK;
}

/* The plain-text path, shared by files and strings: s is borrowed, and
 * converted from enc first when enc names something other than UTF-8. */
static ng_status
text_doc(ng_doc **out, const char *path, const char *s, size_t n,
         const char *enc, ng_error *err)
{
  ng_buf conv = {0}, norm = {0};
  ng_doc *doc = NULL;
  ng_status st;

  if (enc && !is_utf8_name(enc)) {
    if ((st = convert_to_utf8(&conv, s, n, enc, path, err)) != NG_OK)
      goto cleanup;
    s = conv.data ? conv.data : "";
    n = conv.len;
  }
  if (looks_binary(s, n)) {
    st = ng_error_set(err, NG_ERR_BINARY, path, 0, 0, "binary file, not text");
    goto cleanup;
  }
  if ((st = check_utf8(s, n, path, err)) != NG_OK)
    goto cleanup;
  if ((st = doc_new(&doc, path)) != NG_OK ||
      (st = normalize_text(&norm, s, n)) != NG_OK)
    goto cleanup;
  doc->len = norm.len;
  doc->text = ng_buf_take(&norm);
  if ((st = first_line(&doc->title, doc->text, doc->len)) == NG_OK)
    st = doc_finish(doc);
cleanup:
  if (st == NG_ERR_NOMEM)
    nomem(path, err);
  if (st == NG_OK)
    *out = doc;
  else
    ng_doc_free(doc);
  ng_buf_free(&conv);
  ng_buf_free(&norm);
  return st;
}

/* ---- collecting text from a tree --------------------------------------- */

/* Collects the text of a tree as lines: runs of white space (U+00A0
 * included) become one space, and the ends of blocks end lines. */
typedef struct text_walk {
  ng_buf out;     /* finished lines, "\n" between them */
  ng_buf line;    /* the line being collected */
  bool space;     /* white space seen since the last character of line */
  bool html;      /* HTML rules: skipped elements, text blocks, breaks */
  bool all;       /* HTML: keep the text outside text blocks too */
  bool lines;     /* a "\n" in the text ends a line (XML bodies) */
  bool tag_space; /* every tag separates words (XML bodies) */
  bool saw_h1;    /* an h1 was walked (HTML) */
  int depth;      /* text blocks around the current node (HTML) */
  ng_status status;
} text_walk;

static const char *const html_skipped[] = {
    "script", "style",    "nav",  "footer",   "header",
    "aside",  "noscript", "form", "template", "button",
    "select", "iframe",   "svg",  "textarea", NULL};
static const char *const html_blocks[] = {
    "h1",         "h2", "h3", "h4",         "h5", "h6", "p",   "li",
    "blockquote", "td", "th", "figcaption", "dd", "dt", "pre", NULL};
static const char *const html_breaks[] = {"br",    "div",  "section", "tr",
                                          "table", "ul",   "ol",      "dl",
                                          "hr",    "main", "figure",  NULL};

static void
walk_put(text_walk *w, ng_buf *b, const char *s, size_t n)
{
  if (w->status == NG_OK && ng_buf_append(b, s, n) != NG_OK)
    w->status = NG_ERR_NOMEM;
}

static void
walk_flush(text_walk *w)
{
  if (w->line.len > 0) {
    if (w->out.len > 0)
      walk_put(w, &w->out, "\n", 1);
    walk_put(w, &w->out, w->line.data, w->line.len);
    w->line.len = 0;
  }
  w->space = false;
}

static void
walk_text(text_walk *w, const char *s)
{
  for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
    if (*p == '\n' && w->lines) {
      walk_flush(w);
    } else if (is_space(*p)) {
      w->space = true;
    } else if (p[0] == 0xC2 && p[1] == 0xA0) {
      w->space = true;
      p++;
    } else {
      if (w->space && w->line.len > 0)
        walk_put(w, &w->line, " ", 1);
      w->space = false;
      walk_put(w, &w->line, (const char *)p, 1);
    }
  }
}

static bool
name_in(const xmlNode *n, const char *const *names)
{
  return n->type == XML_ELEMENT_NODE && n->name &&
         in_list_ci((const char *)n->name, names);
}

/* The node after n in document order inside root, not entering n unless
 * descend.  Entity references are never entered: their children belong to
 * the entity's declaration. */
static xmlNode *
next_node(xmlNode *n, const xmlNode *root, bool descend)
{
  if (descend && n->type == XML_ELEMENT_NODE && n->children)
    return n->children;
  for (; n && n != root; n = n->parent)
    if (n->next)
      return n->next;
  return NULL;
}

/* The first element at or under root named one of names, or NULL. */
static xmlNode *
find_element(xmlNode *root, const char *const *names)
{
  for (xmlNode *n = root; n; n = next_node(n, root, true))
    if (name_in(n, names))
      return n;
  return NULL;
}

/* A form is skipped unless it holds paragraphs: some sites wrap the whole
 * page in one form (ASP.NET), and its article must not be lost. */
static bool
html_is_skipped(xmlNode *n)
{
  static const char *const form[] = {"form", NULL};
  static const char *const content[] = {"p", "article", NULL};

  if (name_in(n, form))
    return find_element(n, content) == NULL;
  return name_in(n, html_skipped);
}

/* Handles the start of n; returns whether to walk into it (and later call
 * walk_leave for it). */
static bool
walk_enter(text_walk *w, xmlNode *n)
{
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (!w->html || w->all || w->depth > 0)
      walk_text(w, (const char *)n->content);
    return false;
  }
  /* XML only: an internal entity's text; an external one stays unread. */
  if (n->type == XML_ENTITY_REF_NODE) {
    xmlChar *content = xmlNodeGetContent(n);
    walk_text(w, (const char *)content);
    xmlFree(content);
    return false;
  }
  if (n->type != XML_ELEMENT_NODE)
    return false;
  if (!w->html) {
    w->space |= w->tag_space;
    return true;
  }
  if (html_is_skipped(n))
    return false;
  w->saw_h1 |= xmlStrcasecmp(n->name, (const xmlChar *)"h1") == 0;
  if (name_in(n, html_blocks) || name_in(n, html_breaks))
    walk_flush(w);
  w->depth += name_in(n, html_blocks);
  return true;
}

static void
walk_leave(text_walk *w, xmlNode *n)
{
  if (!w->html) {
    w->space |= w->tag_space;
    return;
  }
  w->depth -= name_in(n, html_blocks);
  if (name_in(n, html_blocks) || name_in(n, html_breaks))
    walk_flush(w);
}

/* Walks everything under root in document order, without recursion so
 * that a deeply nested page cannot exhaust the stack. */
static void
walk_tree(text_walk *w, xmlNode *root)
{
  xmlNode *n = root->children;

  while (n) {
    bool entered = walk_enter(w, n);

    if (entered && n->children) {
      n = n->children;
      continue;
    }
    if (entered)
      walk_leave(w, n);
    while (!n->next) {
      n = n->parent;
      if (!n || n == root)
        return;
      walk_leave(w, n);
    }
    n = n->next;
  }
}

static void
walk_free(text_walk *w)
{
  ng_buf_free(&w->out);
  ng_buf_free(&w->line);
}

/* Sets *out to s with white space collapsed and trimmed; NULL when blank. */
static ng_status
collapse(char **out, const char *s)
{
  text_walk w = {0};

  *out = NULL;
  walk_text(&w, s);
  if (w.status == NG_OK && w.line.len > 0)
    *out = ng_buf_take(&w.line);
  walk_free(&w);
  return w.status;
}

/* Sets *field, when still NULL, to value collapsed; a NULL or blank value
 * leaves it NULL. */
static ng_status
field_set(char **field, const char *value)
{
  return *field || !value ? NG_OK : collapse(field, value);
}

/* Sets *field, when still NULL, from the text inside element n. */
static ng_status
field_text(char **field, xmlNode *n)
{
  xmlChar *content;
  ng_status st;

  if (*field || !n)
    return NG_OK;
  content = xmlNodeGetContent(n);
  st = field_set(field, (const char *)content);
  xmlFree(content);
  return st;
}

/* The value of attribute name (any case, no namespace) on n, borrowed
 * from the tree; NULL when absent.  Attributes defaulted by a DTD are not
 * looked at. */
static const char *
attr(const xmlNode *n, const char *name)
{
  for (const xmlAttr *a = n->properties; a; a = a->next)
    if (!a->ns && xmlStrcasecmp(a->name, (const xmlChar *)name) == 0)
      return a->children && a->children->type == XML_TEXT_NODE
                 ? (const char *)a->children->content
                 : NULL;
  return NULL;
}

/* v when it is an absolute URL ("scheme://..."), else NULL: a relative one
 * cannot become an IRI without a base. */
static const char *
absolute_url(const char *v)
{
  const char *p = v;

  if (!v)
    return NULL;
  while (is_space((unsigned char)*p))
    p++;
  if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
    return NULL;
  p += strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "0123456789+.-");
  return strncmp(p, "://", 3) == 0 ? v : NULL;
}

/* Makes the collected lines the document's text.  The title goes first
 * when the text does not already begin with it, so that a headline kept
 * outside the body is analysed too. */
static ng_status
doc_set_text(ng_doc *doc, text_walk *w, bool title_first)
{
  ng_buf b = {0};
  size_t tn = doc->title ? strlen(doc->title) : 0;

  if (w->status != NG_OK)
    return w->status;
  if (title_first && tn > 0 &&
      !(strncmp(w->out.data ? w->out.data : "", doc->title, tn) == 0 &&
        (w->out.len == tn || w->out.data[tn] == '\n'))) {
    if (ng_buf_puts(&b, doc->title) != NG_OK ||
        (w->out.len > 0 && ng_buf_printf(&b, "\n%s", w->out.data) != NG_OK)) {
      ng_buf_free(&b);
      return NG_ERR_NOMEM;
    }
    ng_buf_free(&w->out);
    w->out = b;
  }
  doc->len = w->out.len;
  if (!(doc->text = ng_buf_take(&w->out)))
    return NG_ERR_NOMEM;
  return doc->title ? NG_OK : first_line(&doc->title, doc->text, doc->len);
}

/* ---- silencing libxml2 ------------------------------------------------- */

/* Keeps libxml2 from printing to stderr during one parse, and records the
 * first error so that it can be reported as one line. */
typedef struct xml_quiet {
  xmlStructuredErrorFunc old_structured;
  void *old_structured_ctx;
  xmlGenericErrorFunc old_generic;
  void *old_generic_ctx;
  bool seen;
  unsigned long line;
  unsigned long column;
  char message[400];
} xml_quiet;

#if LIBXML_VERSION >= 21200
#define NG_XML_ERROR const xmlError
#else
#define NG_XML_ERROR xmlError
#endif

static void
quiet_record(void *ctx, NG_XML_ERROR *e)
{
  xml_quiet *q = ctx;
  char *nl;

  if (q->seen || !e || e->level < XML_ERR_ERROR)
    return;
  q->seen = true;
  q->line = e->line > 0 ? (unsigned long)e->line : 0;
  q->column = e->int2 > 0 ? (unsigned long)e->int2 : 0;
  snprintf(q->message, sizeof q->message, "%s",
           e->message ? e->message : "malformed XML");
  while ((nl = strpbrk(q->message, "\r\n")) != NULL)
    *nl = ' ';
  for (size_t n = strlen(q->message); n > 0 && q->message[n - 1] == ' ';)
    q->message[--n] = '\0';
}

static void
quiet_ignore(void *ctx, const char *msg, ...)
{
  (void)ctx;
  (void)msg;
}

static void
quiet_begin(xml_quiet *q)
{
  memset(q, 0, sizeof *q);
  q->old_structured = xmlStructuredError;
  q->old_structured_ctx = xmlStructuredErrorContext;
  q->old_generic = xmlGenericError;
  q->old_generic_ctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc(q, quiet_record);
  xmlSetGenericErrorFunc(NULL, quiet_ignore);
}

static void
quiet_end(xml_quiet *q)
{
  xmlSetStructuredErrorFunc(q->old_structured_ctx, q->old_structured);
  xmlSetGenericErrorFunc(q->old_generic_ctx, q->old_generic);
}

/* ---- HTML -------------------------------------------------------------- */

/* The content of the first <meta> whose property or name is one of keys. */
static const char *
html_meta(xmlNode *root, const char *const *keys)
{
  static const char *const meta[] = {"meta", NULL};

  for (xmlNode *n = root; n; n = next_node(n, root, true)) {
    const char *key, *content;
    if (!name_in(n, meta) || !(content = attr(n, "content")))
      continue;
    if (((key = attr(n, "property")) && in_list_ci(key, keys)) ||
        ((key = attr(n, "name")) && in_list_ci(key, keys)))
      return content;
  }
  return NULL;
}

/* True when the white-space separated list holds token (any case). */
static bool
has_token(const char *list, const char *token)
{
  size_t n = strlen(token);

  for (const char *p = list; *p;) {
    size_t len;
    p += strspn(p, " \t\r\n\f");
    len = strcspn(p, " \t\r\n\f");
    if (len == n && strncasecmp(p, token, n) == 0)
      return true;
    p += len;
  }
  return false;
}

/* The absolute href of the first <link rel="canonical">, or NULL. */
static const char *
html_canonical(xmlNode *root)
{
  static const char *const link[] = {"link", NULL};

  for (xmlNode *n = root; n; n = next_node(n, root, true)) {
    const char *rel = name_in(n, link) ? attr(n, "rel") : NULL;
    if (rel && has_token(rel, "canonical") && absolute_url(attr(n, "href")))
      return attr(n, "href");
  }
  return NULL;
}

/* The datetime of the first <time datetime> under root, or NULL. */
static const char *
html_time(xmlNode *root)
{
  static const char *const time[] = {"time", NULL};

  for (xmlNode *n = root; n; n = next_node(n, root, true)) {
    const char *v = name_in(n, time) ? attr(n, "datetime") : NULL;
    if (v && *v)
      return v;
  }
  return NULL;
}

/* Sets *out to the primary subtag of <html lang> in lower case ("ar-EG" →
 * "ar"), or leaves it NULL when absent or not a language tag. */
static ng_status
html_lang(char **out, xmlNode *html)
{
  const char *v = attr(html, "lang");
  size_t n;

  if (!v || !*v)
    v = attr(html, "xml:lang");
  if (!v)
    return NG_OK;
  v += strspn(v, " \t\r\n");
  n = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (n < 2 || n > 8 || (v[n] && !strchr("-_ \t\r\n", v[n])))
    return NG_OK;
  if (!(*out = ng_strndup(v, n)))
    return NG_ERR_NOMEM;
  for (char *p = *out; *p; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p = (char)(*p - 'A' + 'a');
  return NG_OK;
}

/* The <article> with the most paragraphs (a page may hold teasers of other
 * articles too), else <body>, else the root element. */
static xmlNode *
html_text_root(xmlNode *html)
{
  static const char *const article[] = {"article", NULL};
  static const char *const para[] = {"p", NULL};
  static const char *const body[] = {"body", NULL};
  xmlNode *best = NULL;
  size_t best_count = 0;

  for (xmlNode *n = html; n; n = next_node(n, html, true)) {
    size_t count = 0;
    if (!name_in(n, article))
      continue;
    for (xmlNode *m = n; m; m = next_node(m, n, true))
      count += name_in(m, para);
    if (!best || count > best_count) {
      best = n;
      best_count = count;
    }
  }
  if (!best)
    best = find_element(html, body);
  return best ? best : html;
}

static ng_status
html_fill_meta(ng_doc *doc, xmlNode *html, xmlNode *text_root)
{
  static const char *const og_title[] = {"og:title", NULL};
  static const char *const title[] = {"title", NULL};
  static const char *const published[] = {"article:published_time", NULL};
  static const char *const dates[] = {
      "date", "pubdate", "dc.date", "dc.date.issued", "dcterms.date", NULL};
  static const char *const og_url[] = {"og:url", NULL};
  static const char *const head_name[] = {"head", NULL};
  xmlNode *head = find_element(html, head_name); /* not an <svg><title> */
  ng_status st = field_set(&doc->title, html_meta(html, og_title));

  if (st == NG_OK)
    st = field_text(&doc->title, head ? find_element(head, title) : NULL);
  if (st == NG_OK)
    st = field_set(&doc->date, html_meta(html, published));
  if (st == NG_OK)
    st = field_set(&doc->date, html_meta(html, dates));
  if (st == NG_OK)
    st = field_set(&doc->date, html_time(text_root));
  if (st == NG_OK)
    st = field_set(&doc->date, html_time(html));
  if (st == NG_OK)
    st = field_set(&doc->url, html_canonical(html));
  if (st == NG_OK)
    st = field_set(&doc->url, absolute_url(html_meta(html, og_url)));
  if (st == NG_OK)
    st = html_lang(&doc->lang, html);
  return st;
}

/* The paragraphs of the text root, one per line; the whole text of the
 * root when it has no text blocks at all.  The title leads the text when
 * no h1 did. */
static ng_status
html_fill_text(ng_doc *doc, xmlNode *text_root)
{
  text_walk w = {0};
  ng_status st;

  w.html = true;
  if (text_root)
    walk_tree(&w, text_root);
  walk_flush(&w);
  if (text_root && w.out.len == 0) {
    w.all = true;
    walk_tree(&w, text_root);
    walk_flush(&w);
  }
  st = doc_set_text(doc, &w, !w.saw_h1);
  walk_free(&w);
  return st;
}

/* Parses s[0..n) as HTML, honouring <meta charset> unless enc is given. */
static ng_status
html_doc(ng_doc **out, const char *path, const char *s, size_t n,
         const char *enc, ng_error *err)
{
  xmlNode *html, *text_root;
  xml_quiet q;
  htmlDocPtr hd;
  ng_doc *doc = NULL;
  ng_status st;

  if (n > INT_MAX)
    return ng_error_set(err, NG_ERR_PARSE, path, 0, 0, "file too large");
  quiet_begin(&q);
  hd = htmlReadMemory(s, (int)n, NULL, enc, HTML_OPTIONS);
  quiet_end(&q);
  if (!hd)
    return ng_error_set(err, NG_ERR_PARSE, path, q.line, q.column,
                        "cannot parse HTML%s%s", q.seen ? ": " : "",
                        q.message);
  html = xmlDocGetRootElement(hd);
  text_root = html ? html_text_root(html) : NULL;
  st = doc_new(&doc, path);
  if (st == NG_OK && html)
    st = html_fill_meta(doc, html, text_root);
  if (st == NG_OK)
    st = html_fill_text(doc, text_root);
  if (st == NG_OK) /* libxml2 writes UTF-8; this is a guard, not a parse */
    st = check_utf8(doc->text, doc->len, path, err);
  if (st == NG_OK)
    st = doc_finish(doc);
  if (st == NG_ERR_NOMEM)
    nomem(path, err);
  xmlFreeDoc(hd);
  if (st == NG_OK)
    *out = doc;
  else
    ng_doc_free(doc);
  return st;
}

/* ---- XML --------------------------------------------------------------- */

/* Sets *field from the first element named one of names whose text is not
 * blank. */
static ng_status
xml_first_text(char **field, xmlNode *root, const char *const *names)
{
  ng_status st = NG_OK;

  for (xmlNode *n = root; n && st == NG_OK && !*field;
       n = next_node(n, root, true))
    if (name_in(n, names))
      st = field_text(field, n);
  return st;
}

/* Sets *field from the first url/link/source element holding an absolute
 * URL, as its text or its href (Atom's <link href>). */
static ng_status
xml_url(char **field, xmlNode *root)
{
  static const char *const names[] = {"url", "link", "source", NULL};
  ng_status st = NG_OK;

  for (xmlNode *n = root; n && st == NG_OK && !*field;
       n = next_node(n, root, true)) {
    xmlChar *content;
    if (!name_in(n, names))
      continue;
    content = xmlNodeGetContent(n);
    st = field_set(field, absolute_url((const char *)content));
    if (st == NG_OK)
      st = field_set(field, absolute_url(attr(n, "href")));
    xmlFree(content);
  }
  return st;
}

/* The text: every p/para/paragraph element as one line; else the lines of
 * the first body/text/content element; else the lines of the whole root. */
static ng_status
xml_fill_text(ng_doc *doc, xmlNode *root)
{
  static const char *const paras[] = {"p", "para", "paragraph", NULL};
  static const char *const bodies[] = {"body", "text", "content", NULL};
  text_walk w = {0};
  xmlNode *body, *n = root;
  ng_status st;

  while (n) {
    if (name_in(n, paras)) {
      walk_tree(&w, n);
      walk_flush(&w);
    }
    n = next_node(n, root, !name_in(n, paras));
  }
  body = find_element(root, bodies);
  if (w.out.len == 0 && w.status == NG_OK) {
    w.lines = w.tag_space = true;
    walk_tree(&w, body ? body : root);
    walk_flush(&w);
  }
  st = doc_set_text(doc, &w, w.lines ? body != NULL : true);
  walk_free(&w);
  return st;
}

static ng_status
xml_fill(ng_doc *doc, xmlNode *root)
{
  static const char *const titles[] = {"title", "headline", NULL};
  static const char *const dates[] = {"date", "pubDate", "published",
                                      "dateline-date", NULL};
  ng_status st = xml_first_text(&doc->title, root, titles);

  if (st == NG_OK)
    st = xml_first_text(&doc->date, root, dates);
  if (st == NG_OK)
    st = xml_url(&doc->url, root);
  if (st == NG_OK)
    st = xml_fill_text(doc, root);
  return st;
}

/* Reports why libxml2 refused a document, as one line with its place. */
static ng_status
xml_error(const xml_quiet *q, const char *path, ng_error *err)
{
  const xmlError *last = xmlGetLastError();
  char message[400];

  if (q->seen)
    return ng_error_set(err, NG_ERR_PARSE, path, q->line, q->column, "%s",
                        q->message);
  if (!last || !last->message)
    return ng_error_set(err, NG_ERR_PARSE, path, 0, 0, "malformed XML");
  snprintf(message, sizeof message, "%s", last->message);
  message[strcspn(message, "\r\n")] = '\0';
  return ng_error_set(
      err, NG_ERR_PARSE, path, last->line > 0 ? (unsigned long)last->line : 0,
      last->int2 > 0 ? (unsigned long)last->int2 : 0, "%s", message);
}

/* Parses s[0..n) as well-formed XML (no recovery, no network, entities
 * left unexpanded so that nothing outside the file is read). */
static ng_status
xml_doc(ng_doc **out, const char *path, const char *s, size_t n,
        const char *enc, ng_error *err)
{
  xml_quiet q;
  xmlDoc *xd;
  ng_doc *doc = NULL;
  ng_status st;

  if (n > INT_MAX)
    return ng_error_set(err, NG_ERR_PARSE, path, 0, 0, "file too large");
  xmlResetLastError();
  quiet_begin(&q);
  xd = xmlReadMemory(s, (int)n, NULL, enc, XML_PARSE_NONET);
  quiet_end(&q);
  if (!xd)
    return xml_error(&q, path, err);
  if (!xmlDocGetRootElement(xd)) {
    xmlFreeDoc(xd);
    return ng_error_set(err, NG_ERR_PARSE, path, 0, 0, "no root element");
  }
  st = doc_new(&doc, path);
  if (st == NG_OK)
    st = xml_fill(doc, xmlDocGetRootElement(xd));
  if (st == NG_OK) /* libxml2 writes UTF-8; this is a guard, not a parse */
    st = check_utf8(doc->text, doc->len, path, err);
  if (st == NG_OK)
    st = doc_finish(doc);
  if (st == NG_ERR_NOMEM)
    nomem(path, err);
  xmlFreeDoc(xd);
  if (st == NG_OK)
    *out = doc;
  else
    ng_doc_free(doc);
  return st;
}

/* ---- public: documents ------------------------------------------------- */

/* Reads path whole and hands it to the reader of its kind; *out is the
 * caller's, the bytes read are freed here. */
ng_status
ng_doc_read_file(ng_doc **out, const char *path, const ng_read_options *opts,
                 ng_error *err)
{
  const char *enc = opts ? opts->encoding : NULL;
  ng_buf data = {0};
  const char *s;
  ng_status st;

  *out = NULL;
  if (enc && (st = check_encoding_name(enc, path, err)) != NG_OK)
    return st;
  if ((st = read_all(&data, path, err)) != NG_OK)
    goto cleanup;
  s = data.data ? data.data : "";
  switch (data.len == 0 ? KIND_TEXT : kind_of(path, s, data.len)) {
  case KIND_HTML:
    st = html_doc(out, path, s, data.len, enc, err);
    break;
  case KIND_XML:
    st = xml_doc(out, path, s, data.len, enc, err);
    break;
  default:
    st = text_doc(out, path, s, data.len, enc, err);
  }
cleanup:
  ng_buf_free(&data);
  return st;
}

/* Copies text[0..len) into a new document the caller frees; name (NULL
 * reads as "-") becomes its path. */
ng_status
ng_doc_from_text(ng_doc **out, const char *name, const char *text, size_t len,
                 ng_error *err)
{
  *out = NULL;
  if (!name)
    name = "-";
  if (!text && len > 0)
    return ng_error_set(err, NG_ERR_USAGE, name, 0, 0, "no text given");
  return text_doc(out, name, text ? text : "", len, NULL, err);
}

/* Frees doc and every string it owns; NULL is fine. */
void
ng_doc_free(ng_doc *doc)
{
  if (!doc)
    return;
  free(doc->iri);
  free(doc->path);
  free(doc->title);
  free(doc->date);
  free(doc->url);
  free(doc->lang);
  free(doc->text);
  free(doc);
}

/* ---- public: directories ----------------------------------------------- */

typedef struct path_list {
  char **items;
  size_t n;
  size_t cap;
} path_list;

static ng_status dir_collect(path_list *l, const char *dir, int depth,
                             ng_error *err);

/* Adds the file dir/name to l when it is an article, or walks into it when
 * it is a directory.  Symbolic links count only when they lead to a file,
 * so that a link loop cannot list one file many times. */
static ng_status
dir_entry(path_list *l, const char *dir, const char *name, int depth,
          ng_error *err)
{
  static const char *const exts[] = {"txt",   "text", "html", "htm",
                                     "xhtml", "xml",  NULL};
  size_t dl = strlen(dir);
  ng_buf full = {0};
  struct stat sb;
  ng_status st = NG_OK;

  if (ng_buf_printf(&full, "%s%s%s", dir,
                    dl > 0 && dir[dl - 1] != '/' ? "/" : "", name) != NG_OK)
    return nomem(dir, err);
  if (lstat(full.data, &sb) != 0 ||
      (S_ISLNK(sb.st_mode) &&
       (stat(full.data, &sb) != 0 || !S_ISREG(sb.st_mode))))
    goto cleanup; /* vanished, dangling, or a link to a directory */
  if (S_ISDIR(sb.st_mode) && depth < DIR_DEPTH_MAX) {
    st = dir_collect(l, full.data, depth + 1, err);
  } else if (S_ISREG(sb.st_mode) && has_ext(name, exts)) {
    if (NG_PUSH(l->items, l->n, l->cap, full.data) != NG_OK)
      st = nomem(dir, err);
    else
      full.data = NULL;
  }
cleanup:
  ng_buf_free(&full);
  return st;
}

/* Adds the articles under dir to l; names starting with '.' are skipped. */
static ng_status
dir_collect(path_list *l, const char *dir, int depth, ng_error *err)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  ng_status st = NG_OK;

  if (!d)
    return ng_error_set(err, NG_ERR_IO, dir, 0, 0, "cannot open: %s",
                        strerror(errno));
  while (st == NG_OK && (e = readdir(d)) != NULL)
    if (e->d_name[0] != '.')
      st = dir_entry(l, dir, e->d_name, depth, err);
  closedir(d);
  return st;
}

static int
path_cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists dir into a new NULL-terminated, sorted array the caller frees with
 * ng_strv_free; on failure nothing is returned. */
ng_status
ng_dir_list(char ***out, size_t *n_out, const char *dir, ng_error *err)
{
  path_list l = {0};
  ng_status st;

  *out = NULL;
  if (n_out)
    *n_out = 0;
  st = dir_collect(&l, dir, 0, err);
  if (st == NG_OK && NG_PUSH(l.items, l.n, l.cap, NULL) != NG_OK)
    st = nomem(dir, err);
  if (st != NG_OK) {
    for (size_t i = 0; i < l.n; i++)
      free(l.items[i]);
    free(l.items);
    return st;
  }
  l.n--;
  qsort(l.items, l.n, sizeof *l.items, path_cmp);
  *out = l.items;
  if (n_out)
    *n_out = l.n;
  return NG_OK;
}
