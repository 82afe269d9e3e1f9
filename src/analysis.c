/* The analysis object: what ng_analyze builds, how it is read and freed. */
#include "config.h"

#include <stdlib.h>

#include "analysis.h"
#include "utf8.h"
#include "util.h"

void
ng_entity_free(ng_entity *e)
{
  if (!e)
    return;
  free(e->iri);
  free(e->label_ar);
  free(e->label_en);
  free(e->wikidata);
  free(e->iso2);
  free(e->iso3);
  free(e->place_kind);
  ng_strv_free(e->alt_ar);
  ng_strv_free(e->alt_en);
  free(e);
}

void
ng_analysis_free(ng_analysis *a)
{
  ng_analysis_priv *priv;

  if (!a)
    return;
  priv = a->priv;
  if (priv) {
    for (size_t i = 0; i < priv->n_owned; i++)
      ng_entity_free(priv->owned[i]);
    free(priv->owned);
    free(priv->explanation);
    free(priv);
  }
  free(a->sentences);
  free(a->mentions);
  free(a->stances);
  free(a->relations);
  free(a->entities);
  free(a);
}

char *
ng_analysis_text(const ng_analysis *a, ng_span span)
{
  const char *text = a->doc->text;
  size_t len = a->doc->len;
  size_t b = ng_utf8_offset(text, len, span.begin);
  size_t e = span.end <= span.begin ? b
                                    : b + ng_utf8_offset(text + b, len - b,
                                                         span.end - span.begin);

  return ng_strndup(text + b, e - b);
}

const char *
ng_analysis_explanation(const ng_analysis *a)
{
  const ng_analysis_priv *priv = a->priv;
  return priv ? priv->explanation : NULL;
}
