package attribution

import (
	"io"
	"strconv"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// JSONOptions configure [Document.AppendJSON] and [Document.WriteJSON].
// The zero value writes the compact form of [Document.MarshalJSON].
type JSONOptions struct {
	// ID, when not empty, is written first, as the document's "id", as
	// hearsay -jsonl does for each line (see [Document.MarshalJSONWithID]).
	ID string

	// Indent, when not empty, indents each level by it, one element a
	// line, as json.MarshalIndent(doc, "", Indent) does.
	Indent string
}

// AppendJSON appends the document's JSON form (see [Document.MarshalJSON])
// to b and returns the extended buffer, as strconv.AppendInt does. The
// bytes are those encoding/json writes for the same document, escaping
// included; a score that is not a finite number, which claim.Scorer never
// gives, is written as null. Like MarshalJSON, it fills the claims'
// Disputes (see [Document.LinkDisputes]).
func (d *Document) AppendJSON(b []byte, opts JSONOptions) []byte {
	e := encoder{b: b, text: d.Text, indent: opts.Indent}
	e.document(d, opts.ID)
	return e.b
}

// jsonChunk is how many bytes WriteJSON gathers before it writes them out.
const jsonChunk = 32 << 10

// WriteJSON writes the bytes of [Document.AppendJSON] to w, a chunk of
// about 32 KB at a time, so that the whole form is never held in memory. It
// returns the first error of w; a write that takes fewer bytes than it is
// given and no error gives [io.ErrShortWrite]. Nothing more is written
// after an error. It writes no final newline.
func (d *Document) WriteJSON(w io.Writer, opts JSONOptions) error {
	e := encoder{b: make([]byte, 0, 2*jsonChunk), text: d.Text, indent: opts.Indent, w: w}
	e.document(d, opts.ID)
	e.write()
	return e.err
}

// An encoder appends the JSON form of one document to b. It writes the
// layout of json.Indent when indent is set: each element on a line of its
// own, an empty array or object as [] or {}, a space after each key.
// With w set, flush writes b out whenever it passes jsonChunk.
type encoder struct {
	b      []byte
	text   string // the document's text, that spans refer to
	indent string
	depth  int  // how many arrays and objects are open
	first  bool // the innermost open array or object has no element yet

	w   io.Writer
	err error // the first error of w
}

// open starts an array or an object: c is '[' or '{'.
func (e *encoder) open(c byte) {
	e.b = append(e.b, c)
	e.depth++
	e.first = true
}

// close ends the array or object that open started: c is ']' or '}'.
func (e *encoder) close(c byte) {
	e.depth--
	if !e.first {
		e.newline()
	}
	e.b = append(e.b, c)
	e.first = false
}

// next starts an element of the open array, or a field of the open object.
func (e *encoder) next() {
	if !e.first {
		e.b = append(e.b, ',')
	}
	e.first = false
	e.newline()
}

func (e *encoder) newline() {
	if e.indent == "" {
		return
	}
	e.b = append(e.b, '\n')
	for range e.depth {
		e.b = append(e.b, e.indent...)
	}
}

// key starts a field of the open object; k is its quoted name and the
// colon, `"start":`.
func (e *encoder) key(k string) {
	e.next()
	e.b = append(e.b, k...)
	if e.indent != "" {
		e.b = append(e.b, ' ')
	}
}

func (e *encoder) str(k, v string) {
	e.key(k)
	e.b = appendString(e.b, v)
}

// strOmit writes the field unless v is empty, as the tag omitzero does.
func (e *encoder) strOmit(k, v string) {
	if v != "" {
		e.str(k, v)
	}
}

func (e *encoder) int(k string, n int) {
	e.key(k)
	e.b = strconv.AppendInt(e.b, int64(n), 10)
}

// flush writes b out once it passes jsonChunk, when the encoder has a
// writer. It reports whether writing has failed, so that the caller stops.
func (e *encoder) flush() bool {
	if e.w != nil && len(e.b) >= jsonChunk {
		e.write()
	}
	return e.err != nil
}

// write writes b out, unless an earlier write failed, and empties it.
func (e *encoder) write() {
	if e.err == nil && len(e.b) > 0 {
		n, err := e.w.Write(e.b)
		if err == nil && n < len(e.b) {
			err = io.ErrShortWrite
		}
		e.err = err
	}
	e.b = e.b[:0]
}

// document writes d, as Document.wire once built it: the rebuttal links
// read first, so that the claims carry their Disputes, and the
// contradictions last.
func (e *encoder) document(d *Document, id string) {
	d.LinkDisputes()
	e.open('{')
	e.strOmit(`"id":`, id)
	if !array(e, `"sentences":`, d.Sentences, func(s *hearsay.Span) { e.span(*s, nil) }) ||
		!array(e, `"sources":`, d.Sources, func(s **source.Source) { e.source(*s) }) ||
		!array(e, `"claims":`, d.Claims, func(c **claim.Claim) { e.claim(*c) }) ||
		!array(e, `"contradictions":`, d.conflicts(), e.conflict) {
		return
	}
	e.close('}')
}

// array writes key and the array of xs, each element by write, and
// reports whether it got to the end: it stops at the first error of the
// writer that WriteJSON flushes to.
func array[T any](e *encoder, key string, xs []T, write func(*T)) bool {
	e.key(key)
	e.open('[')
	for i := range xs {
		e.next()
		write(&xs[i])
		if e.flush() {
			return false
		}
	}
	e.close(']')
	return true
}

// conflicts returns the document's contradictions without copying the
// list that a Document made by Extract keeps.
func (d *Document) conflicts() []claim.Conflict {
	if d.read == nil {
		return d.Contradictions()
	}
	return d.linkConflicts()
}

// span writes s with its text, and parts, where there are any, as its
// "parts".
func (e *encoder) span(s hearsay.Span, parts []hearsay.Span) {
	e.open('{')
	e.int(`"start":`, s.Start)
	e.int(`"end":`, s.End)
	e.str(`"text":`, s.Text(e.text))
	if len(parts) > 0 {
		e.key(`"parts":`)
		e.open('[')
		for _, p := range parts {
			e.next()
			e.span(p, nil)
		}
		e.close(']')
	}
	e.close('}')
}

func (e *encoder) source(s *source.Source) {
	e.open('{')
	e.str(`"id":`, s.ID)
	if s.Kind != 0 {
		e.str(`"kind":`, s.Kind.String())
	}
	if s.Entity != 0 {
		e.str(`"entity":`, s.Entity.String())
	}
	e.strOmit(`"name":`, s.Name)
	e.strOmit(`"title":`, s.Title)
	e.strOmit(`"descriptor":`, s.Descriptor)
	e.strOmit(`"affiliation":`, s.Affiliation)
	if s.Count != 0 {
		e.int(`"count":`, s.Count)
	}
	e.strOmit(`"basis":`, s.Basis)
	e.strOmit(`"anonymity":`, s.Anonymity)
	if s.CloseTo != nil {
		e.strOmit(`"close_to":`, s.CloseTo.ID)
	}
	if s.PartOf != nil {
		e.strOmit(`"part_of":`, s.PartOf.ID)
	}
	if s.NoResponse {
		e.key(`"responded":`)
		e.b = append(e.b, "false"...)
	}
	e.key(`"mentions":`)
	e.open('[')
	for _, m := range s.Mentions {
		e.next()
		e.span(m, nil)
		if e.flush() {
			return
		}
	}
	e.close(']')
	e.close('}')
}

func (e *encoder) claim(c *claim.Claim) {
	e.open('{')
	e.str(`"id":`, c.ID)
	if c.Source != nil {
		e.strOmit(`"source":`, c.Source.ID)
	}
	if !c.SourceMention.IsZero() {
		e.key(`"source_mention":`)
		e.span(c.SourceMention, nil)
	}
	e.key(`"cue":`)
	e.span(c.Cue, nil)
	if c.CueClass != 0 {
		e.str(`"cue_class":`, c.CueClass.String())
	}
	e.key(`"content":`)
	e.span(c.Content, c.Parts)
	if c.Quote != 0 {
		e.str(`"quote":`, c.Quote.String())
	}
	e.str(`"polarity":`, c.Polarity.String())
	if c.Parent != nil {
		e.strOmit(`"parent":`, c.Parent.ID)
	}
	e.int(`"sentence":`, c.Sentence)
	if len(c.Disputes) > 0 {
		e.key(`"disputes":`)
		e.open('[')
		for _, o := range c.Disputes {
			e.next()
			e.b = appendString(e.b, o.ID)
		}
		e.close(']')
	}
	e.close('}')
}

func (e *encoder) conflict(c *claim.Conflict) {
	e.open('{')
	e.str(`"a":`, c.A.ID)
	e.str(`"b":`, c.B.ID)
	e.key(`"score":`)
	e.b = appendFloat(e.b, c.Value)
	e.key(`"contradicts":`)
	e.b = strconv.AppendBool(e.b, c.Contradicts)
	e.key(`"reasons":`) // written even when empty, as [] (omitzero leaves out only nil)
	e.open('[')
	for i := range c.Reasons {
		e.next()
		e.reason(&c.Reasons[i])
		if e.flush() {
			return
		}
	}
	e.close(']')
	e.close('}')
}

// reason writes r with the text of its spans; a zero span (a side that
// has no words in the reason), or one past the text, is left out. The
// weight is rounded to three decimals.
func (e *encoder) reason(r *claim.Reason) {
	e.open('{')
	e.str(`"kind":`, r.Kind.String())
	e.strOmit(`"detail":`, r.Detail)
	e.key(`"weight":`)
	e.b = appendFloat(e.b, roundWeight(r.Weight))
	listed := false
	for _, s := range r.Spans {
		if s.IsZero() || s.End > len(e.text) {
			continue
		}
		if !listed {
			e.key(`"spans":`)
			e.open('[')
			listed = true
		}
		e.next()
		e.span(s, nil)
	}
	if listed {
		e.close(']')
	}
	e.close('}')
}
