/* The read stage: a file, stdin or a string becomes one ng_doc (plain text,
 * or HTML and XML through read_markup.c), and a directory becomes the
 * sorted list of its article files.  It never touches the network. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "read_markup.h"
#include "utf8.h"
#include "util.h"

#define SNIFF_BYTES 8192 /* how much of a file the binary check looks at */
#define DIR_DEPTH_MAX 64 /* how deep ng_dir_list descends */
#define UTF8_BOM "\xEF\xBB\xBF"

typedef enum doc_kind { KIND_TEXT, KIND_HTML, KIND_XML } doc_kind;

/* ---- small helpers ----------------------------------------------------- */

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

static ng_status
nomem(const char *path, ng_error *err)
{
  return ng_error_set(err, NG_ERR_NOMEM, path, 0, 0, "out of memory");
}

/* A new empty document for path; the caller frees it with ng_doc_free. */
ng_status
ng_read_doc_new(ng_doc **out, const char *path)
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
  while (p < end && ng_read_is_space((unsigned char)*p))
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

/* NG_OK when s[0..n) is UTF-8; otherwise an error at the first bad byte. */
ng_status
ng_read_check_utf8(const char *s, size_t n, const char *path, ng_error *err)
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
ng_status
ng_read_first_line(char **out, const char *s, size_t n)
{
  const char *p = s, *end = s + n;

  *out = NULL;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    const char *a = p, *b = eol ? eol : end;

    while (a < b && ng_read_is_space((unsigned char)*a))
      a++;
    while (b > a && ng_read_is_space((unsigned char)b[-1]))
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

/* Ends the making of doc for every reader: on success *out takes it (with
 * its IRI and language), otherwise it is freed.  A lack of memory is
 * reported here, once for all the ways to run out. */
ng_status
ng_read_doc_end(ng_doc **out, ng_doc *doc, ng_status st, const char *path,
                ng_error *err)
{
  if (st == NG_OK)
    st = doc_finish(doc);
  if (st == NG_ERR_NOMEM)
    nomem(path, err);
  if (st == NG_OK)
    *out = doc;
  else
    ng_doc_free(doc);
  return st;
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
  if ((st = ng_read_check_utf8(s, n, path, err)) != NG_OK)
    goto cleanup;
  if ((st = ng_read_doc_new(&doc, path)) != NG_OK ||
      (st = normalize_text(&norm, s, n)) != NG_OK)
    goto cleanup;
  doc->len = norm.len;
  doc->text = ng_buf_take(&norm);
  st = ng_read_first_line(&doc->title, doc->text, doc->len);
cleanup:
  st = ng_read_doc_end(out, doc, st, path, err);
  ng_buf_free(&conv);
  ng_buf_free(&norm);
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
    st = ng_read_html(out, path, s, data.len, enc, err);
    break;
  case KIND_XML:
    st = ng_read_xml(out, path, s, data.len, enc, err);
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
  if (l.n)
    qsort(l.items, l.n, sizeof *l.items, path_cmp);
  *out = l.items;
  if (n_out)
    *n_out = l.n;
  return NG_OK;
}
