package attribution

// The JSON form, as documented in the README: snake_case fields, every
// span with its text. [Document.AppendJSON] writes it (jsonwrite.go), in
// this order, leaving out the fields marked "omitted" when they are zero:
//
//	{"id" (omitted), "sentences": [span], "sources": [source],
//	 "claims": [claim], "contradictions": [conflict]}
//	span:     {"start", "end", "text", "parts": [span] (omitted)}
//	source:   {"id", "kind", "entity", "name", "title", "descriptor",
//	           "affiliation", "count", "basis", "anonymity", "close_to",
//	           "part_of" (all omitted), "responded": false (only for a
//	           source that did not respond), "mentions": [span]}
//	claim:    {"id", "source", "source_mention", "cue", "cue_class",
//	           "content", "quote", "polarity", "parent", "sentence",
//	           "disputes": [claim id]} (source, source_mention, cue_class,
//	           quote, parent and disputes omitted)
//	conflict: {"a", "b", "score", "contradicts", "reasons": [reason]}
//	reason:   {"kind", "detail" (omitted), "weight", "spans": [span] (omitted)}
//
// An enum is written as its String; "content" has the claim's Parts as
// its "parts"; a reason's weight is rounded to three decimals, and its zero
// spans are left out. The arrays of the document, of mentions and of
// reasons are written even when empty, as [].

// MarshalJSON writes the document in the JSON form of the README, each
// span with its text: the bytes of [Document.AppendJSON] with the zero
// [JSONOptions]. The error is always nil.
func (d Document) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil, JSONOptions{}), nil }

// MarshalJSONWithID is MarshalJSON with an "id" field first, for batches of
// documents (one JSON line each).
func (d Document) MarshalJSONWithID(id string) ([]byte, error) {
	return d.AppendJSON(nil, JSONOptions{ID: id}), nil
}
