/* What the RDF writer checks before it writes: that an IRI is one every RDF
 * parser reads back, and that every part of an analysis it will write is
 * whole.  librdf checks none of this, and writes a file no parser reads.
 * No third-party includes. */
#ifndef NG_RDF_CHECK_H
#define NG_RDF_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "newsgraph/newsgraph.h"

/* How far a chain of roll-ups (minister → government → country) is
 * followed: real chains are two or three long. */
#define NG_RDF_ROLLUP_MAX 16

/* NULL when iri is an absolute IRI every RDF parser reads back; otherwise
 * what is wrong with it (a static string). */
const char *ng_rdf_iri_problem(const char *iri);

/* True when url is a usable http(s) IRI, worth a dcterms:source. */
bool ng_rdf_source_usable(const char *url);

/* True when tag is a BCP 47-shaped language tag. */
bool ng_rdf_lang_usable(const char *tag);

/* True when a stance or relation of this confidence is written. */
bool ng_rdf_kept(const ng_output_options *opts, double confidence);

/* Checks everything of a (borrowed) that will be written under opts, n_cp
 * being the length of its text in code points.  NG_OK, or the first
 * problem in err: NG_ERR_RDF for an IRI that cannot be written,
 * NG_ERR_USAGE for a part that is missing or out of range. */
ng_status ng_rdf_check_analysis(const ng_analysis *a, size_t n_cp,
                                const ng_output_options *opts, ng_error *err);

#endif /* NG_RDF_CHECK_H */
