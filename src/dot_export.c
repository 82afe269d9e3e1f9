/* Diagrams: the aggregated diagram (diagram.c) drawn as a Graphviz graph
 * and written as DOT, SVG, PNG or PDF.  The only file that includes
 * cgraph.h and gvc.h, so the only one that casts away the const cgraph 2.43
 * does not declare. */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cgraph.h>
#include <gvc.h>

#include "diagram.h"
#include "utf8.h"
#include "util.h"

/* ---- how things look ---------------------------------------------------- */

#define FONT "DejaVu Sans"
#define TIMES "\xC3\x97" /* U+00D7 MULTIPLICATION SIGN, as in "Support ×2" */

/* A shape and a pastel fill per entity type, different at a glance and
 * light enough for dark text. */
static const struct node_look {
  const char *shape;
  const char *fill;
} node_looks[NG_ENTITY_TYPE_COUNT] = {
    [NG_COUNTRY] = {"box", "#cfe0f3"},
    [NG_ORGANIZATION] = {"hexagon", "#fbe6a9"},
    [NG_PERSON] = {"ellipse", "#e4d8f5"},
    [NG_PLACE] = {"house", "#d6ecd2"},
};

/* Stance types grouped by what they mean for the reader of a diagram. */
typedef enum stance_kind {
  KIND_COOPERATIVE,
  KIND_FORCE,
  KIND_HOSTILE,
  KIND_MEDIATION,
  KIND_COUNT
} stance_kind;

static const struct kind_look {
  const char *name;
  const char *color;
} kind_looks[KIND_COUNT] = {
    [KIND_COOPERATIVE] = {"cooperative", "#2e7d32"},
    [KIND_FORCE] = {"force / deployment", "#e06c00"},
    [KIND_HOSTILE] = {"hostile", "#c62828"},
    [KIND_MEDIATION] = {"mediation", "#1565c0"},
};

#define NEGATED_COLOR "#8c8c8c"
#define RELATION_COLOR "#9a9a9a"
#define RELATION_FONT_COLOR "#6e6e6e"

static stance_kind
stance_kind_of(ng_stance_type t)
{
  switch (t) {
  case NG_DEPLOY:
    return KIND_FORCE;
  case NG_CRITICIZE:
  case NG_ACCUSE:
  case NG_REJECT:
  case NG_THREATEN:
  case NG_SANCTION:
    return KIND_HOSTILE;
  case NG_MEDIATE:
    return KIND_MEDIATION;
  default:
    return KIND_COOPERATIVE;
  }
}

/* ---- labels ------------------------------------------------------------- */

/* Appends s for a Graphviz label, where a backslash starts an escape. */
static ng_status
put_label_text(ng_buf *b, const char *s)
{
  for (const char *p = s; *p; p++)
    if (ng_buf_append(b, p, 1) != NG_OK ||
        (*p == '\\' && ng_buf_append(b, "\\", 1) != NG_OK))
      return NG_ERR_NOMEM;
  return NG_OK;
}

static int
hex_value(char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* Appends the IRI's last path segment, percent-decoded when that gives
 * UTF-8 (an Arabic segment is readable, its %XX form is not). */
static ng_status
put_iri_name(ng_buf *b, const char *iri)
{
  const char *seg = iri, *p;
  ng_buf dec = {0};
  ng_status status = NG_OK;

  for (p = iri; *p; p++)
    if ((*p == '/' || *p == '#') && p[1])
      seg = p + 1;
  for (p = seg; *p && status == NG_OK; p++) {
    int hi = *p == '%' ? hex_value(p[1]) : -1;
    int lo = hi >= 0 ? hex_value(p[2]) : -1;
    char c = lo >= 0 ? (char)(hi * 16 + lo) : *p;

    status = ng_buf_append(&dec, &c, 1);
    if (lo >= 0)
      p += 2;
  }
  if (status == NG_OK)
    status = ng_utf8_valid(dec.data, dec.len, NULL)
                 ? put_label_text(b, dec.data)
                 : put_label_text(b, seg);
  ng_buf_free(&dec);
  return status;
}

/* Arabic on the first line, English on the next: one language per line,
 * since a line mixing both is reordered by the bidi algorithm. */
static ng_status
put_actor_label(ng_buf *b, const ng_actor *a)
{
  ng_status status = NG_OK;

  if (a->label_ar)
    status = put_label_text(b, a->label_ar);
  if (status == NG_OK && a->label_ar && a->label_en)
    status = ng_buf_puts(b, "\\n");
  if (status == NG_OK && a->label_en)
    status = put_label_text(b, a->label_en);
  if (status == NG_OK && !a->label_ar && !a->label_en)
    status = put_iri_name(b, a->iri);
  return status;
}

/* "not Criticize ×2": the denial is read before the type. */
static ng_status
put_fact_label(ng_buf *b, const ng_fact *f)
{
  ng_status status = NG_OK;

  if (f->relation)
    return ng_buf_puts(b, ng_relation_type_name(f->type));
  if (f->pol == NG_POL_NEGATED)
    status = ng_buf_puts(b, "not ");
  if (status == NG_OK)
    status = ng_buf_puts(b, ng_stance_type_name(f->type));
  if (status == NG_OK && f->count > 1)
    status = ng_buf_printf(b, " " TIMES "%lu", f->count);
  return status;
}

/* "hedged Support, 3 reports, highest confidence 0.85" — decimals are
 * formatted by hand so no locale turns the point into a comma. */
static ng_status
put_fact_tooltip(ng_buf *b, const ng_fact *f)
{
  static const char *const pol_words[] = {"", "hedged ", "negated "};
  double c = f->confidence < 0 ? 0 : f->confidence > 1 ? 1 : f->confidence;
  int hundredths = (int)(c * 100 + 0.5);
  const char *name = f->relation ? ng_relation_type_name(f->type)
                                 : ng_stance_type_name(f->type);

  return ng_buf_printf(b, "%s%s, %lu report%s, highest confidence %d.%02d",
                       pol_words[f->pol], name, f->count,
                       f->count == 1 ? "" : "s", hundredths / 100,
                       hundredths % 100);
}

/* ---- building the cgraph graph ------------------------------------------ */

/* cgraph 2.43 takes char * for strings it only reads: these two wrappers
 * are where the const is dropped. */
static void
set_attr(void *obj, const char *name, const char *value)
{
  agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static void
declare_attr(Agraph_t *g, int kind, const char *name, const char *value)
{
  agattr(g, kind, (char *)name, (char *)value);
}

/* An HTML-like label must be a string cgraph marks as HTML; setting the
 * attribute takes a reference to that same string. */
static void
set_html_attr(Agraph_t *g, void *obj, const char *name, const char *html)
{
  char *s = agstrdup_html(g, (char *)html);

  agsafeset(obj, (char *)name, s, (char *)"");
  agstrfree(g, s);
}

/* A new root graph with the defaults every diagram shares, or NULL. */
static Agraph_t *
graph_new(void)
{
  Agraph_t *g = agopen((char *)"newsgraph", Agdirected, NULL);

  if (!g)
    return NULL;
  /* The graph's font too: cluster labels do not inherit the nodes'. */
  declare_attr(g, AGRAPH, "fontname", FONT);
  declare_attr(g, AGRAPH, "rankdir", "LR");
  declare_attr(g, AGRAPH, "nodesep", "0.3");
  declare_attr(g, AGRAPH, "ranksep", "0.8");
  declare_attr(g, AGNODE, "fontname", FONT);
  declare_attr(g, AGNODE, "fontsize", "11");
  declare_attr(g, AGNODE, "style", "filled");
  declare_attr(g, AGNODE, "color", "#555555");
  /* Declared even though gvContext() declares it for every graph later
   * created, so DOT output does not depend on what was rendered before. */
  declare_attr(g, AGNODE, "label", "\\N");
  declare_attr(g, AGEDGE, "fontname", FONT);
  declare_attr(g, AGEDGE, "fontsize", "10");
  return g;
}

/* The node for an actor, named by its IRI. */
static ng_status
graph_add_actor(Agraph_t *g, const ng_actor *a)
{
  const struct node_look *look = &node_looks[a->type];
  ng_buf label = {0};
  Agnode_t *n;

  if (put_actor_label(&label, a) != NG_OK) {
    ng_buf_free(&label);
    return NG_ERR_NOMEM;
  }
  n = agnode(g, (char *)a->iri, 1);
  if (n) {
    set_attr(n, "shape", look->shape);
    set_attr(n, "fillcolor", look->fill);
    set_attr(n, "label", label.data);
    set_attr(n, "tooltip", a->iri);
  }
  ng_buf_free(&label);
  return n ? NG_OK : NG_ERR_NOMEM;
}

/* Colour, line style and width of a fact's edge. */
static void
style_fact_edge(Agedge_t *e, const ng_fact *f)
{
  unsigned long n = f->count < 4 ? f->count : 4;
  const char *color;
  char width[16];

  if (f->relation) {
    set_attr(e, "color", RELATION_COLOR);
    set_attr(e, "fontcolor", RELATION_FONT_COLOR);
    set_attr(e, "fontsize", "8");
    set_attr(e, "penwidth", "0.6");
    set_attr(e, "arrowsize", "0.6");
    return;
  }
  color = f->pol == NG_POL_NEGATED ? NEGATED_COLOR
                                   : kind_looks[stance_kind_of(f->type)].color;
  set_attr(e, "color", color);
  set_attr(e, "fontcolor", color);
  if (f->pol != NG_POL_ASSERTED)
    set_attr(e, "style", f->pol == NG_POL_HEDGED ? "dashed" : "dotted");
  /* Thicker for facts reported more often: 1.2, 1.6, 2.0, 2.4. */
  snprintf(width, sizeof width, "%lu.%lu", (8 + 4 * n) / 10, (8 + 4 * n) % 10);
  set_attr(e, "penwidth", width);
}

/* The edge for a fact, named after its type and polarity so that several
 * facts between the same two actors stay separate edges. */
static ng_status
graph_add_fact(Agraph_t *g, const ng_fact *f)
{
  static const char *const pol_suffix[] = {"", "/hedged", "/negated"};
  Agnode_t *t = agnode(g, (char *)f->from_iri, 0);
  Agnode_t *h = agnode(g, (char *)f->to_iri, 0);
  ng_buf name = {0}, label = {0}, tip = {0};
  ng_status status = NG_ERR_NOMEM;
  Agedge_t *e;

  assert(t && h);
  if (ng_buf_printf(&name, "%s%s",
                    f->relation ? ng_relation_type_name(f->type)
                                : ng_stance_type_name(f->type),
                    pol_suffix[f->pol]) != NG_OK ||
      put_fact_label(&label, f) != NG_OK || put_fact_tooltip(&tip, f) != NG_OK)
    goto cleanup;
  e = agedge(g, t, h, name.data, 1);
  if (!e)
    goto cleanup;
  set_attr(e, "label", label.data);
  set_attr(e, "tooltip", tip.data);
  style_fact_edge(e, f);
  status = NG_OK;

cleanup:
  ng_buf_free(&name);
  ng_buf_free(&label);
  ng_buf_free(&tip);
  return status;
}

/* One row of the legend's table: a line drawn the way edges are, then
 * what it means. */
static ng_status
put_legend_row(ng_buf *b, const char *color, const char *style,
               const char *border, const char *text)
{
  /* The line is the top border of the lower of two half-height cells, so
   * it runs through the middle of the row, level with the text. */
  return ng_buf_printf(
      b,
      "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
      "<TR><TD HEIGHT=\"6\" WIDTH=\"40\"></TD></TR>"
      "<TR><TD SIDES=\"T\" BORDER=\"%s\" COLOR=\"%s\" STYLE=\"%s\" "
      "HEIGHT=\"6\" WIDTH=\"40\"></TD></TR></TABLE></TD>"
      "<TD ALIGN=\"LEFT\">%s</TD></TR>",
      border, color, style, text);
}

/* "cooperative: Request, OfferAid, ProvideAid, Support" */
static ng_status
put_kind_row(ng_buf *b, stance_kind k)
{
  ng_buf text = {0};
  ng_status status = ng_buf_printf(&text, "%s:", kind_looks[k].name);
  const char *sep = " ";

  for (int t = 0; t < NG_STANCE_TYPE_COUNT && status == NG_OK; t++)
    if (stance_kind_of(t) == k) {
      status = ng_buf_printf(&text, "%s%s", sep, ng_stance_type_name(t));
      sep = ", ";
    }
  if (status == NG_OK)
    status = put_legend_row(b, kind_looks[k].color, "solid", "2", text.data);
  ng_buf_free(&text);
  return status;
}

/* The HTML-like table explaining edge colours and line styles. */
static ng_status
legend_edge_table(ng_buf *b)
{
  ng_status status =
      ng_buf_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
                     "CELLPADDING=\"2\">");

  for (int k = 0; k < KIND_COUNT && status == NG_OK; k++)
    status = put_kind_row(b, k);
  if (status == NG_OK)
    status = put_legend_row(b, "#555555", "dashed", "2",
                            "hedged (reportedly, may, said to)");
  if (status == NG_OK)
    status = put_legend_row(b, NEGATED_COLOR, "dotted", "2",
                            "negated: &quot;not &#8230;&quot;");
  if (status == NG_OK)
    status = put_legend_row(b, RELATION_COLOR, "solid", "1",
                            "relation (leaderOf, memberOf, &#8230;)");
  if (status == NG_OK)
    status = ng_buf_puts(b, "<TR><TD> </TD><TD ALIGN=\"LEFT\">" TIMES
                            "N: found N times (thicker line)</TD></TR>"
                            "</TABLE>");
  return status;
}

/* The legend: a cluster with one node of each entity type, drawn as actors
 * are, beside a table of the edge styles. */
static ng_status
graph_add_legend(Agraph_t *g)
{
  Agraph_t *sub = agsubg(g, (char *)"cluster_legend", 1);
  Agnode_t *table, *n = NULL;
  Agedge_t *e = NULL;
  ng_buf html = {0};
  ng_status status;

  if (!sub)
    return NG_ERR_NOMEM;
  set_attr(sub, "label", "Legend");
  set_attr(sub, "style", "rounded");
  set_attr(sub, "color", "#b0b0b0");
  for (int t = 0; t < NG_ENTITY_TYPE_COUNT; t++) {
    char name[32];

    snprintf(name, sizeof name, "legend_%s", ng_entity_type_name(t));
    if (!(n = agnode(sub, name, 1)))
      return NG_ERR_NOMEM;
    set_attr(n, "shape", node_looks[t].shape);
    set_attr(n, "fillcolor", node_looks[t].fill);
    set_attr(n, "label", ng_entity_type_name(t));
  }
  status = legend_edge_table(&html);
  table = status == NG_OK ? agnode(sub, (char *)"legend_edges", 1) : NULL;
  if (table) {
    set_attr(table, "shape", "plaintext");
    set_attr(table, "style", "");
    set_html_attr(g, table, "label", html.data);
    /* An invisible edge puts the table beside the shapes, not below. */
    e = agedge(sub, n, table, (char *)"legend", 1);
  }
  if (e)
    set_attr(e, "style", "invis");
  ng_buf_free(&html);
  return e ? NG_OK : NG_ERR_NOMEM;
}

/* Builds the whole graph of d into *out (the caller agcloses it). */
static ng_status
diagram_build(const ng_diagram *d, Agraph_t **out)
{
  const ng_actor **actors = NULL;
  const ng_fact **facts = NULL;
  size_t n_actors = 0, n_facts = 0;
  Agraph_t *g = graph_new();
  ng_status status = g ? NG_OK : NG_ERR_NOMEM;

  if (status == NG_OK)
    status = graph_add_legend(g);
  if (status == NG_OK)
    status = ng_diagram_list_actors(d, &actors, &n_actors);
  if (status == NG_OK)
    status = ng_diagram_list_facts(d, &facts, &n_facts);
  for (size_t i = 0; i < n_actors && status == NG_OK; i++)
    status = graph_add_actor(g, actors[i]);
  for (size_t i = 0; i < n_facts && status == NG_OK; i++)
    status = graph_add_fact(g, facts[i]);
  free(actors);
  free(facts);
  if (status != NG_OK && g) {
    agclose(g);
    g = NULL;
  }
  *out = g;
  return status;
}

/* ---- writing ------------------------------------------------------------ */

/* cgraph and gvc report errors through one process-wide callback.  While a
 * diagram is written it points here, so the last error goes into the
 * caller's ng_error instead of stderr; warnings are dropped. */
static char gv_message[512];
static bool gv_keep;

static int
gv_capture(char *piece)
{
  size_t used = strlen(gv_message);

  if (strcmp(piece, "Error") == 0 || strcmp(piece, "Warning") == 0) {
    gv_keep = piece[0] == 'E';
    if (gv_keep)
      gv_message[0] = '\0';
    return 0;
  }
  if (!gv_keep || (used == 0 && strcmp(piece, ": ") == 0))
    return 0;
  snprintf(gv_message + used, sizeof gv_message - used, "%s", piece);
  return 0;
}

/* Fills err with what, followed by Graphviz's own message when it gave
 * one. */
static ng_status
render_error(ng_error *err, const char *what, const char *detail)
{
  size_t n = strlen(gv_message);

  while (n && (gv_message[n - 1] == '\n' || gv_message[n - 1] == ' '))
    gv_message[--n] = '\0';
  return ng_error_set(err, NG_ERR_RENDER, NULL, 0, 0, "%s%s%s%s", what, detail,
                      n ? ": " : "", gv_message);
}

static ng_status
flush_check(FILE *fp, ng_error *err)
{
  if (fflush(fp) != 0 || ferror(fp))
    return ng_error_set(err, NG_ERR_IO, NULL, 0, 0,
                        "cannot write the diagram");
  return NG_OK;
}

/* The one Graphviz context of the process, made on first use and never
 * freed: after gvFreeContext the pango plugin keeps a pointer to a font
 * name that context freed, and the next context's first layout reads it
 * (valgrind: invalid read in libgvplugin_pango).  Graphviz is not thread
 * safe, and neither are diagrams. */
static GVC_t *
shared_context(void)
{
  static GVC_t *gvc;

  if (!gvc)
    gvc = gvContext();
  return gvc;
}

/* Lays g out with dot and renders it with renderer onto fp. */
static ng_status
graph_render(Agraph_t *g, const char *renderer, FILE *fp, ng_error *err)
{
  GVC_t *gvc = shared_context();
  ng_status status = NG_OK;

  if (!gvc)
    return render_error(err, "cannot start Graphviz", "");
  if (gvLayout(gvc, g, "dot") != 0)
    return render_error(err, "cannot lay out the diagram", "");
  if (gvRender(gvc, g, renderer, fp) != 0)
    status = render_error(err, "cannot render the diagram as ", renderer);
  gvFreeLayout(gvc, g);
  return status == NG_OK ? flush_check(fp, err) : status;
}

/* The Graphviz output format of a diagram format, or NULL.  PNG and PDF
 * go through cairo: the gd renderer breaks Arabic. */
static const char *
renderer_of(ng_format format)
{
  switch (format) {
  case NG_FORMAT_SVG:
    return "svg";
  case NG_FORMAT_PNG:
    return "png:cairo";
  case NG_FORMAT_PDF:
    return "pdf:cairo";
  default:
    return NULL;
  }
}

/* Writes d to fp (borrowed, not closed) as DOT, or laid out with dot as
 * SVG, PNG or PDF.  d is unchanged and can be written again. */
ng_status
ng_diagram_write(ng_diagram *d, ng_format format, FILE *fp, ng_error *err)
{
  const char *renderer = renderer_of(format);
  agusererrf old_handler;
  Agraph_t *g = NULL;
  ng_status status;

  if (format != NG_FORMAT_DOT && !renderer)
    return ng_error_set(err, NG_ERR_USAGE, NULL, 0, 0,
                        "not a diagram format: %s", ng_format_name(format));
  gv_message[0] = '\0';
  gv_keep = false;
  old_handler = agseterrf(gv_capture);
  status = diagram_build(d, &g);
  if (status == NG_ERR_NOMEM)
    ng_error_set(err, status, NULL, 0, 0, "out of memory building a diagram");
  else if (format == NG_FORMAT_DOT)
    status = agwrite(g, fp) == EOF ? ng_error_set(err, NG_ERR_IO, NULL, 0, 0,
                                                  "cannot write the diagram")
                                   : flush_check(fp, err);
  else
    status = graph_render(g, renderer, fp, err);
  if (g)
    agclose(g);
  agseterrf(old_handler);
  return status;
}
