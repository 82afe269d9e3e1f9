/* The read stage for markup: HTML and XML become one ng_doc each, their
 * metadata (title, date, source URL, language) and the text of their
 * article.  The only file that includes libxml2; it never lets libxml2
 * touch the network or print. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "read_markup.h"
#include "util.h"

#define HTML_OPTIONS                                                          \
  (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |             \
   HTML_PARSE_RECOVER)

static bool
in_list_ci(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcasecmp(s, *list) == 0)
      return true;
  return false;
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
    } else if (ng_read_is_space(*p)) {
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
  while (ng_read_is_space((unsigned char)*p))
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
  return doc->title ? NG_OK
                    : ng_read_first_line(&doc->title, doc->text, doc->len);
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

/* ---- a document from a tree -------------------------------------------- */

/* Makes *out (the caller's) from the tree xd, which is freed here: fill
 * sets the document's fields from the root element, NULL when the tree has
 * none. */
static ng_status
tree_doc(ng_doc **out, const char *path, xmlDoc *xd,
         ng_status (*fill)(ng_doc *doc, xmlNode *root), ng_error *err)
{
  ng_doc *doc = NULL;
  ng_status st = ng_read_doc_new(&doc, path);

  if (st == NG_OK)
    st = fill(doc, xmlDocGetRootElement(xd));
  if (st == NG_OK) /* libxml2 writes UTF-8; this is a guard, not a parse */
    st = ng_read_check_utf8(doc->text, doc->len, path, err);
  st = ng_read_doc_end(out, doc, st, path, err);
  xmlFreeDoc(xd);
  return st;
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

/* The metadata of the page (html, its root element, may be NULL) and the
 * text of its article. */
static ng_status
html_fill(ng_doc *doc, xmlNode *html)
{
  xmlNode *text_root = html ? html_text_root(html) : NULL;
  ng_status st = html ? html_fill_meta(doc, html, text_root) : NG_OK;

  return st == NG_OK ? html_fill_text(doc, text_root) : st;
}

/* Parses s[0..n) as HTML, honouring <meta charset> unless enc is given. */
ng_status
ng_read_html(ng_doc **out, const char *path, const char *s, size_t n,
             const char *enc, ng_error *err)
{
  xml_quiet q;
  htmlDocPtr hd;

  if (n > INT_MAX)
    return ng_error_set(err, NG_ERR_PARSE, path, 0, 0, "file too large");
  quiet_begin(&q);
  hd = htmlReadMemory(s, (int)n, NULL, enc, HTML_OPTIONS);
  quiet_end(&q);
  if (!hd)
    return ng_error_set(err, NG_ERR_PARSE, path, q.line, q.column,
                        "cannot parse HTML%s%s", q.seen ? ": " : "",
                        q.message);
  return tree_doc(out, path, hd, html_fill, err);
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
ng_status
ng_read_xml(ng_doc **out, const char *path, const char *s, size_t n,
            const char *enc, ng_error *err)
{
  xml_quiet q;
  xmlDoc *xd;

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
  return tree_doc(out, path, xd, xml_fill, err);
}
