package attribution

import (
	"cmp"
	_ "embed"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// The registry's assembly: drafts become claims with their sources,
// parents and disputes; sources that did not respond are recorded; and
// sources and claims get their ids.

// follow adds to c the quotations fo that go on it, as further parts of
// its content.
func (p *parser) follow(c *claim.Claim, fo []followOn) {
	if c.Quote == claim.Indirect {
		c.Quote = claim.Mixed // a paraphrase, then the speaker's own words
	}
	for _, f := range fo {
		c.Parts = append(c.Parts, f.span)
		c.Content.End = f.span.End
	}
}

// maxSubjectTokens is how far into a sentence its subject's name may
// come: "Representative Mo Brooks, …", "But Mr. Autor …".
const maxSubjectTokens = 4

// subjectSince returns the known person whom the last of the sentences
// after sentence from, up to sentence to and token k in it, opens with,
// by name ("Mr. Autor, like most economists, is still persuaded …"); or
// -1. A sentence with no name at its start leaves the one before it.
func (p *parser) subjectSince(from, to, k int) int {
	names := p.reg.named[source.Person%entities]
	if len(names) == 0 {
		return -1
	}
	for si := min(to, len(p.sents)-1); si > from; si-- {
		a, b := p.sents[si][0], min(p.sents[si][1], p.sents[si][0]+maxSubjectTokens)
		if si == to {
			b = min(b, k)
		}
		for q := a; q < b; q++ {
			t := &p.toks[q]
			if t.Kind != text.Word || t.Flags&text.Upper == 0 {
				continue
			}
			if i, ok := names[p.text[t.Start:t.End]]; ok && fullName(p.reg.srcs[i].Name) {
				return int(i)
			}
		}
	}
	return -1
}

// fullName reports whether name is of two words or more, the first
// capitalized: a person's name, not a word the rules took for one
// ("Instead", "he released").
func fullName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return strings.Contains(name, " ") && unicode.IsUpper(r)
}

// joinSpans returns the texts of spans joined by spaces, in a string of
// its own, allocated once.
func joinSpans(text string, spans []hearsay.Span) string {
	n := len(spans) - 1
	for _, s := range spans {
		n += s.Len()
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Text(text))
	}
	return b.String()
}

// sameSentenceClaims is how many claims before one of a sentence are read
// for what it shares with them ("some …, others …", a content that runs
// into another's source); maxNested how many claims around one are read
// for the claim that reports it.
const (
	sameSentenceClaims = 4
	maxNested          = 16
)

// finish turns the drafts into claims, resolving their sources in text
// order and linking nested claims to the claim that reports them. The
// claims are made in the Document's memory, claims[i] of draft i, and
// their sources in the scratch; publish numbers the claims kept and copies
// the sources to the Document.
func (p *parser) finish() {
	sc, doc := p.sc, p.doc
	// Zero: set field by field, not built aside and copied whole.
	doc.claimMem = fitZero(doc.claimMem, len(p.drafts))
	sc.hows = grow(sc.hows, len(p.drafts))
	claims := fit(doc.Claims, len(p.drafts))[:0]
	sil, fo, rs := p.silent, p.follows, p.reasons
	prevSent := -1
	for i, d := range p.drafts {
		for len(sil) > 0 && sil[0].at <= i {
			p.noAnswer(sil[0])
			sil = sil[1:]
		}
		for len(rs) > 0 && rs[0].at <= i {
			p.giveReason(rs[0])
			rs = rs[1:]
		}
		c := &doc.claimMem[i]
		sc.hows[i] = d.how
		c.Cue, c.CueClass, c.Content = d.cueSpan, d.class, d.content
		c.Quote, c.Polarity, c.Sentence = d.quote, d.polarity, d.sent
		switch {
		case d.elided > 0 && int(d.elided) <= len(claims):
			// "Trump said A, and said B": B's source is named where A's is.
			// Claims are made in the order of their drafts.
			e := claims[d.elided-1]
			c.Source = e.Source
			c.SourceMention = e.SourceMention
		case d.ante[1] > d.ante[0] && d.src[1] == d.src[0]+1 && (p.who(d.src[0]) || p.which(d.src[0])):
			// "Tom Weaver, who said …": the relative pronoun is a mention
			// of the source its antecedent names.
			c.SourceMention = d.srcSpan
			p.introduce(d.ante[0], d.ante[1])
			c.Source = p.reg.resolve(p.text, p.span(d.ante[0], d.ante[1]))
			p.reg.mention(c.Source, c.SourceMention)
		case d.src[1] > d.src[0]:
			c.SourceMention = d.srcSpan
			p.introduce(d.src[0], d.src[1])
			p.reg.subject = p.subjectSince(prevSent, d.sent, d.src[0]) + 1
			c.Source = p.reg.resolve(p.text, c.SourceMention)
			p.reg.subject = 0
		}
		if c.Source != nil && c.Source.Kind == source.Anonymous && c.Source.Anonymity == "" && d.anon {
			c.Source.Anonymity = p.anonymityOf(i)
		}
		c.Text = c.Content.Text(p.text)
		nf := 0 // the quotations that go on it (see followQuotes)
		for nf < len(fo) && fo[nf].draft == i {
			nf++
		}
		if !d.parts[1].IsZero() || nf > 0 {
			c.Parts = p.reg.carve(2 + nf)
			if d.parts[1].IsZero() {
				c.Parts = append(c.Parts, c.Content)
			} else {
				c.Parts = append(c.Parts, d.parts[0], d.parts[1])
			}
			if nf > 0 {
				p.follow(c, fo[:nf])
				fo = fo[nf:]
			}
			c.Text = joinSpans(p.text, c.Parts)
		}
		claims = append(claims, c)
		prevSent = d.sent
	}
	for _, s := range sil {
		p.noAnswer(s)
	}
	for _, r := range rs {
		p.giveReason(r)
	}
	othersSides(claims)
	p.cutAtConjunctions(claims)
	sc.par = p.parents(claims, sc.par)
	if p.e.nested {
		sc.keep = keepAll(sc.keep[:0], len(claims))
	} else {
		sc.keep = p.dropNestedStances(claims, sc.par, sc.keep[:0])
	}
	// Sources in order of first mention, numbered in that order: a
	// fuller name found earlier in the text ("President Donald Trump"
	// for "Trump") may be registered after later sources.
	slices.SortStableFunc(p.reg.srcs, func(x, y *source.Source) int {
		return cmp.Compare(x.Mentions[0].Start, y.Mentions[0].Start)
	})
	p.publish(claims)
}

// parents returns in par, for each claim, the index of the claim that
// reports it, or -1: the smallest nearby claim whose content holds its
// cue.
func (p *parser) parents(claims []*claim.Claim, par []int32) []int32 {
	par = grow(par, len(claims))
	for i, c := range claims {
		par[i] = -1
		lo, hi := i, i+1
		for lo > 0 && i-lo < maxNested && claims[lo-1].Sentence >= c.Sentence-2 {
			lo-- // a quotation may hold claims of the sentences before
		}
		for hi < len(claims) && hi-i < maxNested && claims[hi].Sentence == c.Sentence {
			hi++
		}
		for k, o := range claims[lo:hi] {
			if o == c || !o.Content.Contains(c.Cue) || o.Content == c.Content && (len(c.Parts) == 0 || len(o.Parts) > 0) {
				continue // but a content around its own cue is inside one that holds it whole
			}
			if par[i] < 0 || o.Content.Len() < claims[par[i]].Content.Len() {
				par[i] = int32(lo + k)
			}
		}
	}
	return par
}

// dropNestedStances leaves out the claims of belief and the documents'
// findings that another claim reports ("Roald said she expected an
// agreement"), and the acts of speech whose object is what they are about
// ("Sorrel said the two clubs had discussed a loan deal", "he said she
// had urged the board to sell"): their words are the reporting claim's
// (see Options.NestedStances). But a stance on a proposition that "according
// to" reports is the news it sources, and stays: "Some teachers are
// concerned that the school will close, according to parents"; an
// intention does not ("Tarrowind plans to cut 600 jobs, according to a
// memo": the plan is the memo's news). A claim they were the parent
// of takes their parent (in par), and a source that only they named is
// dropped from the registry. It appends to keep the indices of the claims
// kept, in order, and returns it.
func (p *parser) dropNestedStances(claims []*claim.Claim, par, keep []int32) []int32 {
	hows := p.sc.hows
	sourced := func(i int32) bool { return hows[i] == howOther || hows[i] == howOther+1 } // "according to"
	nested := func(i int32) bool {
		c := claims[i]
		if par[i] < 0 {
			return false
		}
		if !sourced(par[i]) && p.eventCue(i) {
			return true
		}
		return (c.CueClass == claim.Attitude || c.CueClass == claim.Finding) &&
			(!sourced(par[i]) || strings.HasPrefix(c.Text, "to "))
	}
	some := false
	for i := range claims {
		if some = nested(int32(i)); some {
			break
		}
	}
	if !some {
		return keepAll(keep, len(claims))
	}
	gone := p.sc.gone[:0]
	for i, c := range claims {
		for step := 0; par[i] >= 0 && nested(par[i]); step++ {
			if step >= len(claims) {
				par[i] = -1 // claims whose contents hold each other's cues: no parent
				break
			}
			par[i] = par[par[i]]
		}
		if nested(int32(i)) {
			if c.Source != nil {
				gone = append(gone, c.Source)
			}
			continue
		}
		keep = append(keep, int32(i))
	}
	p.sc.gone = gone
	if len(gone) == 0 {
		return keep
	}
	used := p.sc.inUse
	for _, i := range keep {
		used[claims[i].Source] = true
	}
	for _, s := range p.reg.srcs {
		used[s.CloseTo], used[s.PartOf] = true, true
	}
	p.reg.srcs = slices.DeleteFunc(p.reg.srcs, func(s *source.Source) bool {
		return !used[s] && !s.NoResponse && slices.Contains(gone, s)
	})
	return keep
}

// eventCue reports whether the cue of claim i (of draft i) is a verb
// whose object is what it is about ("criticized the plan", "discussed a
// loan deal", "called it a hoax"): inside another claim's content, an
// event that source reports, not words it attributes.
func (p *parser) eventCue(i int32) bool {
	v, ok := p.verbAt(p.drafts[i].cue[0])
	return ok && v.Has(lexicon.FlagTopic|lexicon.FlagCall)
}

// keepAll appends to keep the indices of all n claims.
func keepAll(keep []int32, n int) []int32 {
	for i := range n {
		keep = append(keep, int32(i))
	}
	return keep
}

// othersSides gives the others the side of the some: "While some American
// officials see …, others …", "some economists … other economists",
// "others in the party".
func othersSides(claims []*claim.Claim) {
	for i, c := range claims {
		if c.Source == nil || c.Source.Affiliation != "" || !opensWith(c.Source.Descriptor, "others", "other") {
			continue
		}
		for _, o := range claims[max(0, i-sameSentenceClaims):i] {
			if o.Sentence == c.Sentence && o.Source != nil && o.Source.Affiliation != "" &&
				opensWith(o.Source.Descriptor, "some", "many", "several") {
				c.Source.Affiliation = o.Source.Affiliation
			}
		}
	}
}

// cutAtConjunctions ends a content that runs on into another claim's
// source after a comma and a conjunction before the comma: in "the bridge
// was sound, but engineers disputed that account", the second clause is
// the engineers' claim, not a part of the mayor's.
func (p *parser) cutAtConjunctions(claims []*claim.Claim) {
	for i, c := range claims {
		if c.SourceMention.IsZero() {
			continue
		}
		for _, o := range claims[max(0, i-sameSentenceClaims):i] {
			if o.Sentence != c.Sentence || o.Quote == claim.Direct || len(o.Parts) > 0 ||
				!o.Content.Contains(c.SourceMention) || o.Content.Contains(o.Cue) {
				continue
			}
			if cut := conjunctionEnd(p.text, o.Content.Start, c.SourceMention.Start); cut > o.Content.Start {
				o.Content.End = cut
				o.Text = o.Content.Text(p.text)
			}
		}
	}
}

// noAnswer records the source of a non-response as one that did not
// respond. A subject that is also a claim's ("X declined to comment" is
// both) is that claim's source. The items of a coordinated subject share
// a place named after the last ("The Ministry of Commerce and the State
// Council Information Office in Beijing").
func (p *parser) noAnswer(sil silent) {
	r := &p.reg
	var s *source.Source
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-4 && s == nil; i-- {
		if slices.Contains(r.srcs[i].Mentions, sil.mention) {
			s = r.srcs[i]
		}
	}
	if s == nil {
		s = r.resolve(p.text, sil.mention)
	}
	s.NoResponse = true
	if sil.item == 0 {
		r.list = r.list[:0]
	}
	r.list = append(r.list, s)
	if !sil.last || len(r.list) < 2 || s.Affiliation == "" {
		return
	}
	phrase := sil.mention.Text(p.text)
	for _, prep := range [...]string{" in ", " from ", " at "} {
		i := strings.LastIndex(phrase, prep)
		if i < 0 || parsed.get(phrase[:i]).src.Affiliation != "" {
			continue
		}
		for _, o := range r.list[:len(r.list)-1] {
			if o.Affiliation == "" && o.Entity == s.Entity {
				o.Affiliation = s.Affiliation
			}
		}
		return
	}
}

// smallIDs are the ids "c0" … "c4095" and "s0" … "s4095", made once per
// process.
var smallIDs = func() (t [2][4096]string) {
	for i := range t[0] {
		t[0][i] = "c" + strconv.Itoa(i)
		t[1][i] = "s" + strconv.Itoa(i)
	}
	return t
}()

// idMaker hands out ids: from smallIDs, and past them from strings made
// 256 at a time, so that a long document costs one allocation for many
// ids. Those strings, for ids below sharedIDs, are made once per process
// and shared, as smallIDs are.
type idMaker struct {
	chunk [2]*idChunk
}

type idChunk struct {
	base int
	s    string
	at   [257]int32
}

const sharedIDs = 1 << 17

var idChunks [2][sharedIDs / 256]atomic.Pointer[idChunk]

func (m *idMaker) get(kind byte, n int) string {
	k := 0
	if kind == 's' {
		k = 1
	}
	if n < len(smallIDs[k]) {
		return smallIDs[k][n]
	}
	c := m.chunk[k]
	if c == nil || n < c.base || n >= c.base+256 {
		base := n - n%256
		if base >= sharedIDs {
			c = newIDChunk(kind, base)
		} else if c = idChunks[k][base/256].Load(); c == nil {
			idChunks[k][base/256].CompareAndSwap(nil, newIDChunk(kind, base))
			c = idChunks[k][base/256].Load()
		}
		m.chunk[k] = c
	}
	i := n - c.base
	return c.s[c.at[i]:c.at[i+1]]
}

func newIDChunk(kind byte, base int) *idChunk {
	c := &idChunk{base: base}
	b := make([]byte, 0, 256*(2+len(strconv.Itoa(base+255))))
	for i := range 256 {
		c.at[i] = int32(len(b))
		b = append(b, kind)
		b = strconv.AppendInt(b, int64(base+i), 10)
	}
	c.at[256] = int32(len(b))
	c.s = string(b)
	return c
}

// introduce registers the fuller mention of a person that a source phrase
// of one word refers back to: "President Donald Trump" earlier in the text
// for "Trump"; for "she" or "he" with no source to refer to, the name of
// the person the sentences before are about ("Maria Lopez arrived late.
// The vote was rigged, she said."); and for "the federation", the body
// named before whose name ends in that word ("The Continental Athletics
// Federation, or CAF, has suspended …").
func (p *parser) introduce(i, j int) {
	if j-i == 2 && p.fold(i) == "the" && p.toks[i+1].Flags&text.Upper == 0 && source.Noun(p.fold(i+1)) == source.Organization &&
		p.reg.bodyNamed(p.fold(i+1), false) < 0 {
		if s, e := p.bodyBefore(i, p.fold(i+1)); s >= 0 {
			p.reg.resolve(p.text, p.span(s, e))
		}
		return
	}
	if j-i != 1 || p.toks[i].Kind != text.Word {
		return
	}
	w := p.text[p.toks[i].Start:p.toks[i].End]
	switch {
	case p.is(i, wPron):
		f := p.fold(i)
		if f != "he" && f != "she" || p.reg.pronounAntecedent(source.Person, sexOfWord(f)) >= 0 {
			return
		}
		if s, e := p.nameBefore(i, ""); s >= 0 {
			p.reg.resolve(p.text, p.span(s, e))
		}
	case p.toks[i].Flags&text.Upper != 0 && !p.reg.knows(w):
		if s, e := p.nameBefore(i, p.fold(i)); s >= 0 {
			p.reg.resolve(p.text, p.span(s, e))
		}
	}
}

// nameBefore looks back from token i, within a few hundred tokens, for a
// name of two to five capitalized words ("President Donald Trump"), the
// last of them last when last is set, and returns its tokens.
func (p *parser) nameBefore(i int, last string) (int, int) {
	for k := i - 1; k >= 0 && k >= i-400; k-- {
		if p.toks[k].Flags&text.Upper == 0 || p.toks[k].Kind != text.Word {
			continue
		}
		if last != "" && p.fold(k) != last {
			continue
		}
		if k+1 < len(p.toks) && p.toks[k+1].Flags&text.Upper != 0 && p.toks[k+1].Kind == text.Word {
			continue // not the end of the run
		}
		s := k
		for s > 0 && k-s < 4 && p.toks[s-1].Flags&text.Upper != 0 && p.toks[s-1].Kind == text.Word &&
			!p.is(s-1, wDet|wPron|wStop) && p.toks[s-1].Flags&text.NewLine == 0 && !p.sentenceStart(s) {
			s--
		}
		if p.is(s, wDet|wPron|wStop|wSub|wAdj) || source.Noun(p.fold(k)) != source.EntityUnknown {
			if last != "" {
				return -1, -1
			}
			continue
		}
		if k > s {
			return s, k + 1
		}
	}
	return -1, -1
}

// bodyBefore looks back from token i, within a few hundred tokens, for a
// body's name of two or more capitalized words, joined by "of", "and" or
// "for", that ends in a word that folds to head ("The Continental
// Athletics Federation" for "federation"), and returns its tokens with
// its article.
func (p *parser) bodyBefore(i int, head string) (int, int) {
	for k := i - 1; k > 0 && k >= i-400; k-- {
		if p.toks[k].Flags&text.Upper == 0 || p.fold(k) != head {
			continue
		}
		s := k
		// A headline in title case capitalizes the words it coordinates:
		// "Looms as Union and Company Clash" names no "Union and Company".
		title := p.facts[p.toks2sent(k)].title()
		for s > 0 && k-s < 6 && p.toks[s-1].Kind == text.Word && !p.is(s-1, wDet) &&
			(p.toks[s-1].Flags&text.Upper != 0 || joins[p.fold(s-1)]) && !(title && p.fold(s-1) == "and") {
			s--
		}
		for s < k && joins[p.fold(s)] {
			s++
		}
		if s == k {
			continue
		}
		if p.fold(s-1) == "the" {
			s--
		}
		return s, k + 1
	}
	return -1, -1
}

// joins are the words that join the capitalized words of a body's name:
// "the Department of Health and Human Services".
var joins = map[string]bool{"of": true, "and": true, "for": true, "&": true}

// sentenceStart reports whether token i opens a sentence.
func (p *parser) sentenceStart(i int) bool {
	t := p.toks2sent(i)
	return t < len(p.sents) && p.sents[t][0] == i
}

// toks2sent returns the index of the sentence that holds token i.
func (p *parser) toks2sent(i int) int {
	lo, hi := 0, len(p.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if p.sents[m][1] <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// conjunctionEnd returns where a content from start ends if a comma, a
// semicolon or a dash and a conjunction ("but", "and", "while", "whereas", "yet")
// come just before at, another clause's subject; or -1.
func conjunctionEnd(text string, start, at int) int {
	s := strings.TrimRight(text[start:at], " ")
	for _, conj := range [...]string{"but", "and", "while", "whereas", "yet", "though", "although"} {
		if len(s) > len(conj) && strings.HasSuffix(s, conj) && s[len(s)-len(conj)-1] == ' ' {
			head := strings.TrimRight(s[:len(s)-len(conj)], " ")
			for _, mark := range [...]string{",", ";", " -", "—", "–"} {
				if strings.HasSuffix(head, mark) {
					return start + len(strings.TrimRight(strings.TrimSuffix(head, mark), " "))
				}
			}
		}
	}
	return -1
}

// opensWith reports whether the phrase's first word is one of words,
// whatever its case.
func opensWith(phrase string, words ...string) bool {
	first, _, _ := strings.Cut(phrase, " ")
	for _, w := range words {
		if strings.EqualFold(first, w) {
			return true
		}
	}
	return false
}
