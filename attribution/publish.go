package attribution

import (
	"slices"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// Publishing: the claims that a call made in the Document's memory, one
// for each draft, are numbered, those kept, and the sources it made in the
// scratch are numbered and copied to the Document's own memory. For
// Extract, that memory is of exactly their number (but for the claims
// dropped, a few in a hundred), so that a Document holds little more than
// it shows; for ExtractInto, it is the memory of the Document's last text
// where it is large enough.

// publish numbers the claims kept, in the Document's memory, and lists
// them where claims points; and numbers and copies the registry's
// sources, with the spans of both, from the scratch to the Document.
func (p *parser) publish(claims []*claim.Claim) {
	sc, d, r := p.sc, p.doc, &p.reg
	n := 0 // the spans: the sources' mentions and the kept claims' parts
	for _, s := range r.srcs {
		n += len(s.Mentions)
	}
	for _, i := range sc.keep {
		n += len(claims[i].Parts)
	}
	d.spanMem = fit(d.spanMem, n)
	spans := d.spanMem

	d.sourceMem = fit(d.sourceMem, len(r.srcs))
	d.Sources = fit(d.Sources, len(r.srcs))
	for i, s := range r.srcs {
		s.ID = r.ids.get('s', i+1) // and so where its copy is (see publishedSource)
		o := &d.sourceMem[i]
		*o = *s
		o.Mentions, spans = carveCopy(spans, s.Mentions)
		d.Sources[i] = o
	}
	for _, o := range d.Sources {
		if o.CloseTo != nil || o.PartOf != nil {
			o.CloseTo, o.PartOf = p.publishedSource(o.CloseTo), p.publishedSource(o.PartOf)
		}
	}

	keep, mem := sc.keep, d.claimMem
	all := len(keep) == len(claims)
	kept := sc.kept[:0] // whether each claim is kept, when some are not
	if !all {
		kept = resize(sc.kept, len(claims))
		for _, i := range keep {
			kept[i] = true
		}
		sc.kept = kept
	}
	d.constructions = fit(d.constructions, len(keep))
	for k, i := range keep {
		c := &mem[i]
		c.ID = r.ids.get('c', k+1)
		c.Source = p.publishedSource(c.Source)
		// A claim's parent is kept, or was dropped later than the claim
		// was given it (see dropNestedStances): then it takes the
		// nearest one kept that reports it.
		par := sc.par[i]
		for step := 0; !all && par >= 0 && !kept[par] && step < len(kept); step++ {
			par = sc.par[par]
		}
		if par >= 0 && (all || kept[par]) {
			c.Parent = &mem[par]
		}
		if c.Parts != nil {
			c.Parts, spans = carveCopy(spans, c.Parts)
		}
		claims[k] = c
		d.constructions[k] = sc.hows[i]
	}
	for i := range kept {
		if !kept[i] {
			mem[i] = claim.Claim{} // dropped, it referred to the scratch
		}
	}
	clear(claims[len(keep):])
	d.Claims = claims[:len(keep)]
}

// publishedSource returns the Document's copy of s, a source of the
// scratch, or nil for nil: the one its ID numbers, given before it was
// copied. Every source that a claim or a source refers to is one of the
// registry's, which publish numbers and copies first; one that is not
// (which would be a bug) has no ID, and is copied on its own.
func (p *parser) publishedSource(s *source.Source) *source.Source {
	if s == nil {
		return nil
	}
	if n := sourceNumber(s.ID); n >= 1 && n <= len(p.doc.Sources) {
		return p.doc.Sources[n-1]
	}
	moved := p.sc.moved
	if o, ok := moved[s]; ok {
		return o
	}
	o := new(source.Source)
	*o = *s
	o.Mentions = slices.Clone(s.Mentions)
	moved[s] = o
	o.CloseTo, o.PartOf = p.publishedSource(s.CloseTo), p.publishedSource(s.PartOf)
	return o
}

// sourceNumber returns the number of a source's ID, 12 for "s12", or 0.
func sourceNumber(id string) int {
	if len(id) < 2 || len(id) > 10 || id[0] != 's' {
		return 0
	}
	n := 0
	for i := 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return 0
		}
		n = 10*n + int(id[i]-'0')
	}
	return n
}

// carveCopy copies spans to the front of mem and returns the copy, with
// no room to grow into what follows it, and the rest of mem.
func carveCopy(mem, spans []hearsay.Span) (copied, rest []hearsay.Span) {
	n := copy(mem, spans)
	return mem[:n:n], mem[n:]
}

// fitZero returns s with length n and every element zero, as fit does.
func fitZero[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	clear(s[:cap(s)])
	return s[:n]
}

// fit returns s with length n, reusing its memory when it is large
// enough, and otherwise memory of exactly that size; never nil. Elements
// past n are cleared, so that the memory keeps no old text alive; the
// first n are left as they were, for a caller that sets every one.
func fit[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	clear(s[n:cap(s)])
	return s[:n]
}

// A how is a construction, as a draft and Document.constructions hold it,
// which keeps a draft free of pointers: for tests, an index into
// ConstructionNames (export_test.go) with 0 for none.
type how uint8

const (
	howBefore = how(1)                                  // beforeSubject[i] is howBefore + i; 0 is none
	howAfter  = howBefore + how(len(beforeSubject))     // afterSubject[i]
	howOther  = howAfter + how(len(afterSubject))       // otherConstructions[i]
	howEnd    = howOther + how(len(otherConstructions)) // at most 255, or this does not compile

	howRaised = howOther + 6 // "S is expected to do X" (see raised)
	howSeenAs = howOther + 7 // "X is seen as Y" (see seenAs)
)
