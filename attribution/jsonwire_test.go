package attribution

import (
	"encoding/json"
	"math"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// The JSON form as encoding/json wrote it, by reflection over the wire
// structs below, before AppendJSON: kept as the reference the tests
// compare AppendJSON with, byte for byte.

// referenceJSON is json.Marshal of the wire form of d, with id, or
// json.MarshalIndent with prefix "" when indent is set.
func referenceJSON(d *Document, id, indent string) ([]byte, error) {
	if indent != "" {
		return json.MarshalIndent(d.wire(id), "", indent)
	}
	return json.Marshal(d.wire(id))
}

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

func wireSpan(text string, s hearsay.Span) *jsonSpan {
	return &jsonSpan{Start: s.Start, End: s.End, Text: s.Text(text)}
}

func (d *Document) wire(id string) *jsonDoc {
	d.LinkDisputes()
	w := &jsonDoc{ID: id, Sentences: make([]*jsonSpan, 0, len(d.Sentences)),
		Sources: make([]*jsonSource, 0, len(d.Sources)), Claims: make([]*jsonClaim, 0, len(d.Claims))}
	for _, s := range d.Sentences {
		w.Sentences = append(w.Sentences, wireSpan(d.Text, s))
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
			js.Mentions = append(js.Mentions, wireSpan(d.Text, m))
		}
		w.Sources = append(w.Sources, js)
	}
	for _, c := range d.Claims {
		jc := &jsonClaim{ID: c.ID, Cue: wireSpan(d.Text, c.Cue), CueClass: c.CueClass,
			Content: wireSpan(d.Text, c.Content), Quote: c.Quote, Polarity: c.Polarity, Sentence: c.Sentence}
		if c.Source != nil {
			jc.Source = c.Source.ID
		}
		if !c.SourceMention.IsZero() {
			jc.SourceMention = wireSpan(d.Text, c.SourceMention)
		}
		if c.Parent != nil {
			jc.Parent = c.Parent.ID
		}
		for _, p := range c.Parts {
			jc.Content.Parts = append(jc.Content.Parts, wireSpan(d.Text, p))
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
				jr.Spans = append(jr.Spans, wireSpan(text, s))
			}
		}
		out = append(out, jr)
	}
	return out
}
