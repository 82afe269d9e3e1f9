/* Internal parts of ng_analysis shared by the pipeline stages. */
#ifndef NG_ANALYSIS_H
#define NG_ANALYSIS_H

#include "newsgraph/newsgraph.h"

/* What an analysis owns beyond its public arrays. */
typedef struct ng_analysis_priv {
  ng_entity **owned; /* entities discovered in this document */
  size_t n_owned;
  size_t cap_owned;
  char *explanation; /* when asked for */
} ng_analysis_priv;

/* Frees an entity made by a stage (never one from the lexicon). */
void ng_entity_free(ng_entity *e);

#endif
