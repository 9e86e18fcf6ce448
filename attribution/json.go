package attribution

import (
	"encoding/json"
	"math"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// The JSON form, as documented in the README: snake_case fields, every
// span with its text.

type jsonSpan struct {
	Start int         `json:"start"`
	End   int         `json:"end"`
	Text  string      `json:"text"`
	Parts []*jsonSpan `json:"parts,omitzero"`
}

type jsonSource struct {
	ID          string        `json:"id"`
	Kind        source.Kind   `json:"kind,omitzero"`
	Entity      source.Entity `json:"entity,omitzero"`
	Name        string        `json:"name,omitzero"`
	Title       string        `json:"title,omitzero"`
	Descriptor  string        `json:"descriptor,omitzero"`
	Affiliation string        `json:"affiliation,omitzero"`
	Count       int           `json:"count,omitzero"`
	Basis       string        `json:"basis,omitzero"`
	Anonymity   string        `json:"anonymity,omitzero"`
	CloseTo     string        `json:"close_to,omitzero"`
	PartOf      string        `json:"part_of,omitzero"`
	Responded   *bool         `json:"responded,omitempty"`
	Mentions    []*jsonSpan   `json:"mentions"`
}

type jsonClaim struct {
	ID            string         `json:"id"`
	Source        string         `json:"source,omitzero"`
	SourceMention *jsonSpan      `json:"source_mention,omitempty"`
	Cue           *jsonSpan      `json:"cue"`
	CueClass      claim.CueClass `json:"cue_class,omitzero"`
	Content       *jsonSpan      `json:"content"`
	Quote         claim.Quote    `json:"quote,omitzero"`
	Polarity      claim.Polarity `json:"polarity"`
	Parent        string         `json:"parent,omitzero"`
	Sentence      int            `json:"sentence"`
	Disputes      []string       `json:"disputes,omitzero"`
}

type jsonReason struct {
	Kind   claim.ReasonKind `json:"kind"`
	Detail string           `json:"detail,omitzero"`
	Weight float64          `json:"weight"`
	Spans  []*jsonSpan      `json:"spans,omitzero"`
}

type jsonConflict struct {
	A           string        `json:"a"`
	B           string        `json:"b"`
	Score       float64       `json:"score"`
	Contradicts bool          `json:"contradicts"`
	Reasons     []*jsonReason `json:"reasons,omitzero"`
}

type jsonDoc struct {
	ID             string          `json:"id,omitzero"`
	Sentences      []*jsonSpan     `json:"sentences"`
	Sources        []*jsonSource   `json:"sources"`
	Claims         []*jsonClaim    `json:"claims"`
	Contradictions []*jsonConflict `json:"contradictions"`
}

func span(text string, s hearsay.Span) *jsonSpan {
	return &jsonSpan{Start: s.Start, End: s.End, Text: s.Text(text)}
}

// MarshalJSON writes the document in the JSON form of the README, each
// span with its text.
func (d Document) MarshalJSON() ([]byte, error) { return json.Marshal(d.wire("")) }

func (d *Document) wire(id string) *jsonDoc {
	d.LinkDisputes()
	w := &jsonDoc{ID: id, Sentences: make([]*jsonSpan, 0, len(d.Sentences)),
		Sources: make([]*jsonSource, 0, len(d.Sources)), Claims: make([]*jsonClaim, 0, len(d.Claims))}
	for _, s := range d.Sentences {
		w.Sentences = append(w.Sentences, span(d.Text, s))
	}
	no := false
	for _, s := range d.Sources {
		js := &jsonSource{ID: s.ID, Kind: s.Kind, Entity: s.Entity, Name: s.Name, Title: s.Title,
			Descriptor: s.Descriptor, Affiliation: s.Affiliation, Count: s.Count, Basis: s.Basis,
			Anonymity: s.Anonymity, Mentions: make([]*jsonSpan, 0, len(s.Mentions))}
		if s.CloseTo != nil {
			js.CloseTo = s.CloseTo.ID
		}
		if s.PartOf != nil {
			js.PartOf = s.PartOf.ID
		}
		if s.NoResponse {
			js.Responded = &no
		}
		for _, m := range s.Mentions {
			js.Mentions = append(js.Mentions, span(d.Text, m))
		}
		w.Sources = append(w.Sources, js)
	}
	for _, c := range d.Claims {
		jc := &jsonClaim{ID: c.ID, Cue: span(d.Text, c.Cue), CueClass: c.CueClass,
			Content: span(d.Text, c.Content), Quote: c.Quote, Polarity: c.Polarity, Sentence: c.Sentence}
		if c.Source != nil {
			jc.Source = c.Source.ID
		}
		if !c.SourceMention.IsZero() {
			jc.SourceMention = span(d.Text, c.SourceMention)
		}
		if c.Parent != nil {
			jc.Parent = c.Parent.ID
		}
		for _, p := range c.Parts {
			jc.Content.Parts = append(jc.Content.Parts, span(d.Text, p))
		}
		for _, o := range c.Disputes {
			jc.Disputes = append(jc.Disputes, o.ID)
		}
		w.Claims = append(w.Claims, jc)
	}
	conflicts := d.Contradictions()
	w.Contradictions = make([]*jsonConflict, 0, len(conflicts))
	for _, c := range conflicts {
		w.Contradictions = append(w.Contradictions, &jsonConflict{A: c.A.ID, B: c.B.ID,
			Score: c.Value, Contradicts: c.Contradicts, Reasons: reasonsJSON(d.Text, c.Reasons)})
	}
	return w
}

// reasonsJSON writes reasons with the text of their spans; a zero span
// (a side that has no words in the reason) is left out.
func reasonsJSON(text string, rs []claim.Reason) []*jsonReason {
	out := make([]*jsonReason, 0, len(rs))
	for _, r := range rs {
		jr := &jsonReason{Kind: r.Kind, Detail: r.Detail, Weight: math.Round(r.Weight*1000) / 1000}
		for _, s := range r.Spans {
			if !s.IsZero() && s.End <= len(text) {
				jr.Spans = append(jr.Spans, span(text, s))
			}
		}
		out = append(out, jr)
	}
	return out
}

// MarshalJSONWithID is MarshalJSON with an "id" field first, for batches of
// documents (one JSON line each).
func (d Document) MarshalJSONWithID(id string) ([]byte, error) { return json.Marshal(d.wire(id)) }
