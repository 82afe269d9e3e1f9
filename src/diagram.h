/* The aggregated diagram (diagram.c): the actors of every analysis added
 * and the stances and relations between them, each counted once per kind
 * of edge.  dot_export.c draws it with cgraph; this header includes no
 * third-party header. */
#ifndef NG_DIAGRAM_H
#define NG_DIAGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "newsgraph/newsgraph.h"

/* An actor, copied from the first entity with its IRI. */
typedef struct ng_actor {
  char *iri; /* owned, as are the labels */
  ng_entity_type type;
  char *label_ar;
  char *label_en;
  size_t degree; /* facts that use it: an actor with none is not drawn */
} ng_actor;

/* A negated stance wins over a hedged one: a hedged denial is a denial. */
typedef enum ng_polarity {
  NG_POL_ASSERTED,
  NG_POL_HEDGED,
  NG_POL_NEGATED
} ng_polarity;

/* One edge of the diagram: every stance (or relation) with the same ends,
 * type and polarity, counted. */
typedef struct ng_fact {
  char *key;            /* owned: what makes two facts the same one */
  size_t from, to;      /* indexes of the actors */
  const char *from_iri; /* borrowed from the actors, for sorting */
  const char *to_iri;
  bool relation;
  int type; /* ng_relation_type when relation, else ng_stance_type */
  ng_polarity pol;
  unsigned long count;
  double confidence; /* the highest seen */
} ng_fact;

/* *out is a new array (the caller frees it; what it points to stays d's)
 * of the actors to draw, sorted by IRI; *n_out is their number. */
ng_status ng_diagram_list_actors(const ng_diagram *d, const ng_actor ***out,
                                 size_t *n_out);

/* *out is a new array (the caller frees it; what it points to stays d's)
 * of every fact, in a fixed order; *n_out is their number. */
ng_status ng_diagram_list_facts(const ng_diagram *d, const ng_fact ***out,
                                size_t *n_out);

#endif /* NG_DIAGRAM_H */
