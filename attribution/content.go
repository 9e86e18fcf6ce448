package attribution

import (
	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"strings"
)

// Contents: where a claim's content begins and ends, before its cue or
// after it, whole or split by the attribution, and the clauses it spans.

// firstComma returns the first comma in tokens [i, e) outside
// quotations, or e.
func (p *parser) firstComma(i, e int) int {
	for ; i < e; i++ {
		if p.punct(i, ",") && p.qin[i] < 0 {
			return i
		}
	}
	return e
}

// clauseEnd returns the first comma, semicolon or dash at or after token
// i, outside quotations, or b.
func (p *parser) clauseEnd(i, b int) int {
	for ; i < b; i++ {
		t := &p.toks[i]
		if f := p.fold(i); p.qin[i] < 0 && t.Kind == text.Punct && (f == "," || f == ";" || f == "—" || f == "–") {
			return i
		}
	}
	return b
}

// skipConjunction returns the first token at or after i, before b, that
// is not a coordinating conjunction ("And", "but", "so", "yet", "or").
func (p *parser) skipConjunction(i, b int) int {
	for i < b {
		switch p.fold(i) {
		case "and", "but", "so", "yet", "or":
			i++
			continue
		}
		break
	}
	return i
}

// clauseStart returns the first token of the clause holding token i: just
// after the last comma, semicolon or dash before it, outside quotations.
func (p *parser) clauseStart(i, a int) int {
	for k := i - 1; k >= a; k-- {
		if p.qin[k] >= 0 {
			continue
		}
		t := &p.toks[k]
		if f := p.fold(k); t.Kind == text.Punct && (f == "," || f == ";" || f == "—" || f == "–") {
			return k + 1
		}
	}
	return a
}

// bareClause reports whether a clause without "that" starts at token i:
// a subject and then an auxiliary ("added the talks would continue"), not
// an object ("added salt to the soup").
func (p *parser) bareClause(i, b int) bool {
	s, e := p.clauseSubject(i, b)
	return s == i && e < b && p.is(e, wAux)
}

// leftContent reports whether real content stands before token k in the
// sentence [a, b): k-1 is a comma, colon, dash or closing quotation mark.
func (p *parser) leftContent(k, a int) bool {
	if k-1 < a {
		return false
	}
	t := &p.toks[k-1]
	if p.closeQuote(k - 1) {
		return true
	}
	if f := p.fold(k - 1); t.Kind == text.Punct && (f == "," || f == "—" || f == "–" || f == ":") {
		return k-1 > a
	}
	return false
}

// quoteRightBefore reports whether a quotation closes just before token
// i, in its paragraph: a quotation that ends a paragraph is not what the
// next one's first words attribute (“…” ⏎ Conway appeared on the show).
func (p *parser) quoteRightBefore(i int) bool {
	return i > 0 && p.closeQuote(i-1) && strings.IndexByte(p.text[p.toks[i-1].End:p.toks[i].Start], '\n') < 0
}

// quoteBefore reports whether the sentence that starts at token a follows
// a quotation that ended the sentence before with its own "!", "?" or
// ".": “We won!” Smith said.
func (p *parser) quoteBefore(a int) bool {
	if a < 2 || !p.quoteRightBefore(a) {
		return false
	}
	k := a - 2
	for k > 0 && p.toks[k].Kind == text.Quote { // ‘…?’” : an inner quotation closes first
		k--
	}
	f := p.fold(k)
	if !(f == "!" || f == "?" || f == "." || f == "…") || int(p.pair[a-1]) <= a-maxContent {
		return false
	}
	return !p.quoteClaimed(a)
}

// quoteClaimed reports whether the quotation that closes just before
// token i lies in the content of a claim found already: it is that
// claim's, not what the words after it attribute (The mayor said the plan
// was “dead.” The governor did not respond).
func (p *parser) quoteClaimed(i int) bool {
	q := int(p.toks[i-1].End)
	// Drafts are in text order, and a content runs at most a window and
	// maxContent tokens from its cue: the claims to read are the last few.
	for k := len(p.drafts) - 1; k >= 0; k-- {
		d := p.drafts[k]
		if d.cue[1]+maxWindow+maxContent < i {
			break
		}
		if d.content.Start < q && q <= d.content.End+1 {
			return true
		}
	}
	return false
}

// postContent fills the content of a claim whose attribution starts at
// token k, after its content: the sentence before k, or the quotation
// that ended the sentence before.
func (p *parser) postContent(d *draft, k, a int) bool {
	if k > a {
		s, e := p.leftSpan(k-1, a)
		return p.setContent(d, s, e)
	}
	return p.setContent(d, int(p.quoteStart(p.pair[a-1])), a)
}

// leftSpan returns the content before the attribution that starts at token
// k (the comma or quotation mark before the source), reaching back to the
// opening quotation mark of a quote that began in an earlier sentence.
func (p *parser) leftSpan(k, a int) (int, int) {
	end := k
	if p.closeQuote(k) {
		end = k + 1 // the quotation's own closing mark: “A. B,” he said
	}
	for end > a && p.toks[end-1].Kind == text.Punct && p.fold(end-1) != ")" {
		end--
	}
	start := a
	// After an earlier attribution in the same sentence.
	for _, d := range p.drafts[p.first:] {
		if d.attr[1] > start && d.attr[1] <= end && d.post {
			start = d.attr[1]
		}
	}
	for start < end && p.toks[start].Kind == text.Punct {
		start++
	}
	if end > start && p.closeQuote(end-1) {
		if o := int(p.quoteStart(p.pair[end-1])); o < start && o > end-maxContent {
			start = o
		}
	}
	return start, end
}

// thatPronoun reports whether "that" at token i, opening a content that
// ends at e, is a pronoun or a determiner, part of the content, rather
// than the word that opens a clause: before a form of "be" or a modal
// ("said that was not true", "said that would be a mistake"), or before
// a short phrase with no verb ("disputed that estimate").
func (p *parser) thatPronoun(i, e int) bool {
	if i+1 >= e || p.toks[i+1].Kind != text.Word {
		return false
	}
	if p.is(i+1, wBe) || p.is(i+1, wAux) && p.is(i+1, wStop) {
		return true // "said that was not true"
	}
	if p.fold(i+1) == "as" && i+2 < e && p.fewWords(i+2, e, 4, wAux|wBe|wPron, false) {
		return true // "dismissed that as nonsense", but "said that as president he would …"
	}
	if i+2 < e && p.fold(i+2) == "as" && p.toks[i+1].Kind == text.Word && !p.toks[i+1].Is(text.Upper) &&
		!p.is(i+1, wAux|wBe|wStop|wPron|wDet) {
		return true // "dismissed that claim as false", "described that account as wrong"
	}
	return p.fewWords(i+1, e, 2, wAux|wBe|wStop|wPron|wDet, true)
}

// fewWords reports whether tokens [i, e), less the punctuation that ends
// them, are at most n words, none of the classes not and, where lower is
// set, none capitalized: "estimate" in "disputed that estimate",
// "nonsense" or "a complete fabrication" in "dismissed that as …".
func (p *parser) fewWords(i, e, n int, not lexicon.WordClass, lower bool) bool {
	for e > i && p.toks[e-1].Kind == text.Punct {
		e--
	}
	if e-i > n {
		return false
	}
	for k := i; k < e; k++ {
		if p.toks[k].Kind != text.Word || p.is(k, not) || lower && p.toks[k].Is(text.Upper) {
			return false
		}
	}
	return true
}

// setContent fills d's content from tokens [s, e): direct when it is one
// quotation (the marks left out), mixed when it holds quoted words.
func (p *parser) setContent(d *draft, s, e int) bool {
	for s < e && (p.toks[s].Kind == text.Punct || p.that(s) && s == d.cue[1] && !p.thatPronoun(s, e)) {
		s++
	}
	direct := false
	if s < e && p.toks[s].Kind == text.Quote && p.toks[s].Flags&text.Open != 0 {
		// The content is one quotation when its opening mark closes at
		// its end, or at the end of the paragraphs it continues into.
		end := -1
		if int(p.pair[s]) > s {
			end = int(p.pair[s])
		} else if e-1 > s && p.closeQuote(e-1) && int(p.quoteStart(p.pair[e-1])) == s {
			end = e - 1
		}
		if end >= e-1 {
			direct = true
			e = min(e, end)
			s++
		}
	}
	for e > s {
		t := &p.toks[e-1]
		if f := p.fold(e - 1); t.Kind == text.Punct && f != ")" && f != "%" || t.Kind == text.Quote && (p.pair[e-1] < int32(s) || p.openQuote(e-1)) {
			e--
			continue
		}
		break
	}
	words, quoted := 0, false
	for k := s; k < e; k++ {
		switch p.toks[k].Kind {
		case text.Word, text.Number:
			words++
		case text.Quote:
			if p.pair[k] >= int32(s) && p.pair[k] < int32(e) {
				quoted = true
			}
		}
	}
	if words == 0 {
		return false
	}
	d.content = p.span(s, e)
	switch {
	case direct:
		d.quote = claim.Direct
	case quoted:
		d.quote = claim.Mixed
	default:
		d.quote = claim.Indirect
	}
	return true
}

// topicPrep reports whether token i is a preposition that introduces what
// a cue is about, or against.
func (p *parser) topicPrep(i int) bool {
	f := p.fold(i)
	return (f == "about" || f == "against") && p.toks[i].Kind == text.Word
}

// right fills a claim whose content follows its cue.
func (p *parser) right(d *draft, c cand, b, a int) *draft {
	r := c.j
	if c.isVerb && c.verb.Has(lexicon.FlagObject) {
		r = p.skipObject(r, b)
	}
	if r == c.j && r+1 < b && p.topicPrep(r) && !p.that(r+1) {
		// "asked about his speeches", "warned against hackers": the
		// preposition is the cue's, its object the content.
		r++
		d.cue[1] = r
	}
	r = p.skipAdjunct(p.skipAside(r, b), b)
	if p.that(r) && !p.thatPronoun(r, p.clauseEnd(r, b)) {
		r++
	}
	for r < b && p.toks[r].Kind == text.Punct {
		r++
	}
	if r >= b {
		return nil
	}
	e := b
	if p.openQuote(r) && int(p.pair[r]) >= b && int(p.pair[r]) < r+maxContent {
		e = int(p.pair[r]) + 1 // a quotation that runs past the sentence
	}
	// An attribution in parentheses ends with them: "(Abedin wrote that
	// C)".
	e = p.parenthesisEnd(a, c.i, r, e)
	// A clause opened by "while", "although" … ends at its first comma.
	start := d.src[0]
	if d.src[1] == 0 {
		start = c.i
	}
	if p.is(start-1, wSub) || p.is(a, wSub) && start <= a+1 || start-1 == a && timeSub[p.fold(a)] {
		e = p.firstComma(r, e) // and one opened by "after", "before" … at the sentence's start
	}
	// The object of "criticized the plan, …" ends at a comma.
	if c.isVerb && c.verb.Has(lexicon.FlagTopic) && !p.openQuote(r) && !p.that(r-1) {
		e = p.firstComma(r, e)
	}
	// A second predicate of the same subject ("…, and said B") or a
	// continuing gerund ("…, adding that B") ends the content.
	for q := r + 1; q < e; q++ {
		if p.toks[q].Kind == text.Quote && p.pair[q] >= 0 && int(p.pair[q]) < q && p.punct(q-1, ",") && q+1 < e {
			if v, ok := p.verbAt(q + 1); ok && v.Form == lexicon.Gerund {
				e = q + 1 // “…,” citing …: the quotation is the content
				break
			}
		}
		// Only "and", "but" and "," matter here: a word is one of the
		// first two when its entry is, and a comma is a byte of its own.
		if x := p.ent[q]; x != p.ents.and && x != p.ents.but && !(p.toks[q].Kind == text.Punct && p.text[p.toks[q].Start] == ',') ||
			p.qin[q] >= 0 {
			continue
		}
		if p.punct(q, ",") {
			if s, _ := p.reasonAfter(q, e); s >= 0 {
				e = q // "…, speaking on condition of anonymity": the source's reason, not the content
				break
			}
		}
		f := p.fold(q)
		n := q + 1
		if p.contrastNamed(r, q, e) || p.punct(q, ",") && p.contrastNamed(r, n, e) {
			e = q
			break
		}
		if p.punct(q, ",") && (p.fold(n) == "and" || p.fold(n) == "but") {
			n++
		}
		n0 := n
		for n < e && (p.is(n, wAux) || p.lyAdverb(n)) {
			n++
		}
		if v, ok := p.verbAt(n); ok && n < e && (n > n0 || p.punct(q, ",") || f == "and" || f == "but") {
			if v.Form == lexicon.Gerund && p.punct(q, ",") || v.Form == lexicon.Past || v.Form == lexicon.ThirdPerson && n > q+1 {
				e = q
				break
			}
		}
		if (f == "and" || f == "but") && c.isVerb && n < e && (p.samePredicate(n, c) || p.narration(n, r, e) || p.newAttribution(r, q, n, e, c)) {
			e = q
			break
		}
	}
	if !p.openQuote(r) {
		e = p.eventTail(r, e, c.isVerb && c.verb.Has(lexicon.FlagTopic|lexicon.FlagCall))
	}
	d.pre = true
	if !p.setContent(d, r, e) {
		return nil
	}
	return d
}

// timeSub are the words that open a clause of time at a sentence's start
// as a subordinator does, though they are prepositions elsewhere: "After
// Trump argued that C, Rubio said …".
var timeSub = map[string]bool{"after": true, "before": true, "once": true, "until": true}

// parenthesisEnd returns the closing parenthesis after token r, if a
// parenthesis opens between a and the cue at i and does not close before
// it; else e.
func (p *parser) parenthesisEnd(a, i, r, e int) int {
	open := false
	for k := i - 1; k >= a; k-- {
		if p.punct(k, ")") {
			return e
		}
		if p.punct(k, "(") {
			open = true
			break
		}
	}
	if !open {
		return e
	}
	for k := r; k < e; k++ {
		if p.punct(k, ")") {
			return k
		}
	}
	return e
}

// narration reports whether tokens from n, after "and" in a content that
// starts at token r, are a clause of the narrative: a person's pronoun
// that is not the content's own subject, then a verb ("… called him a
// “nice guy,” and he didn’t provide any descriptions for Kasich"; but "he
// doesn't have small hands and he can guarantee …" goes on).
func (p *parser) narration(n, r, e int) bool {
	switch p.fold(n) {
	case "he", "she", "they":
	default:
		return false
	}
	return p.fold(n) != p.fold(r) && n+1 < e && (p.verbGroup(n+1) || p.pastWord(n+1))
}

// contrastNamed reports whether "but" at token k, in a content that
// starts at token r after a clause, opens a contrast of the narrator's
// with a named party: "it was not a campaign event, but Trump's business
// was on clear display", "…, but Democrats have pushed for immediate
// action". A quotation goes on; so does "but I", "but the offers were".
func (p *parser) contrastNamed(r, k, e int) bool {
	return p.fold(k) == "but" && k+1 < e && !p.openQuote(r) && p.toks[k+1].Kind == text.Word &&
		p.toks[k+1].Flags&text.Upper != 0 && !p.is(k+1, wPron) && p.clauseIn(r, k)
}

// newAttribution reports whether tokens from n, just after "and", open an
// attribution of another source: a subject named or counted, then a cue
// ("… and Trump says some of those individuals will be worse", "… and 160
// have not publicly announced their choice", "… and others have said").
func (p *parser) newAttribution(r, q, n, e int, c cand) bool {
	if p.fold(n) == "that" || !p.clauseIn(r, q) && !c.verb.Has(lexicon.FlagTopic) {
		return false // "… and that B": the content goes on; "China and Russia have": its subject (but "supports Sanders and 160 have": an object)
	}
	for k := q - 1; k >= r && k >= q-4; k-- {
		if p.fold(k) == "both" || p.fold(k) == "between" {
			return false // "both the FBI and the police said": one subject
		}
	}
	if p.punct(q-2, ",") && p.toks[q-1].Flags&text.Upper != 0 {
		return false // a list of names: "Tapper, Bash and Blitzer had mentioned it"
	}
	k, named := n, false
	for ; k < e && k < n+5; k++ {
		t := &p.toks[k]
		switch {
		case t.Kind == text.Word && t.Flags&text.Upper != 0 && !p.is(k, wPron|wDet|wAux),
			t.Kind == text.Number, p.fold(k) == "others":
			named = true
			continue
		case p.is(k, wDet) && !named:
			continue
		}
		break
	}
	if !named || k >= e {
		return false
	}
	k0 := k
	for k < e && (p.is(k, wAux) || p.lyAdverb(k)) {
		k++
	}
	v, ok := p.verbAt(k)
	if !ok || k >= e {
		return false
	}
	switch v.Form {
	case lexicon.ThirdPerson:
		return k > k0 || !v.Has(lexicon.FlagNoun) // "the U.S. and Japanese comments": a noun
	case lexicon.Past, lexicon.Base:
		return true
	case lexicon.Gerund:
		return k == k0 && c.verb.Form == lexicon.Gerund // "… calling it X, and Trump calling it Y"
	}
	return k > k0
}

// clauseIn reports whether tokens [r, q) hold a verb: an auxiliary, a
// form of "be", a past form or a cue.
func (p *parser) clauseIn(r, q int) bool {
	for k := r; k < q; k++ {
		if _, ok := p.verbAt(k); ok || p.verbGroup(k) || p.pastWord(k) {
			return true
		}
	}
	return false
}

// placeName reports whether tokens from n are a capitalized name, then
// the end of the sentence, a time or an occasion: "Ohio Tuesday night",
// "N.H. on Monday morning", "New York town hall event Thursday".
func (p *parser) placeName(n, b int) bool {
	k := n
	for k < b && p.toks[k].Kind == text.Word && p.toks[k].Flags&text.Upper != 0 && !p.is(k, wTime) {
		k++
	}
	return p.endOfContent(k, b) || p.placeOrTime(k, b) || p.occasion(k, b)
}

// samePredicate reports whether token n, just after "and", is a verb in
// the form of the cue's, whose second predicate it begins: "called him a
// “nice guy” and shared a link", "…, saying he is winning and urging his
// supporters to …".
func (p *parser) samePredicate(n int, c cand) bool {
	if p.toks[n].Kind != text.Word || p.toks[n].Flags&text.Upper != 0 || p.is(n, wDet|wPron|wStop|wTime) {
		return false
	}
	f := p.fold(n)
	switch c.verb.Form {
	case lexicon.Past:
		return c.verb.Has(lexicon.FlagTopic|lexicon.FlagCall|lexicon.FlagAs) && p.pastWord(n)
	case lexicon.Gerund:
		return p.ingWord(n) && !strings.HasSuffix(f, "thing")
	case lexicon.ThirdPerson:
		// "and calls her a fraud", not "grows and changes every year"
		return len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") &&
			p.is(n+1, wDet|wPron) && !p.is(n+1, wTime) && !p.is(n+2, wTime)
	}
	return false
}

// maxResume is how far after an attribution that interrupts a content
// its second part may begin, past adjuncts: “We will,” he said on Tuesday,
// “win.”
const maxResume = 6

// splitQuote adds the second part of a quotation interrupted by its
// attribution: “We will,” he said, “win.”
func (p *parser) splitQuote(d *draft, r, b int) {
	for r < b && p.toks[r].Kind != text.Quote && r < d.attr[1]+maxResume {
		if !p.punct(r, ",") && !p.is(r, wAdj|wTime) && p.toks[r].Kind != text.Word {
			return
		}
		if p.punct(r, ",") {
			r++
			break
		}
		r++
	}
	if !p.openQuote(r) {
		return
	}
	e := int(p.pair[r])
	if e > r+maxContent {
		return
	}
	first := d.content
	var second draft
	if !p.setContent(&second, r+1, e) {
		return
	}
	d.parts = [2]hearsay.Span{first, second.content}
	d.content = first.Union(second.content)
	d.attr[1] = e + 1
}

// askedWhat returns where the question starts if the cue c is a question
// put by someone unnamed: "Asked whether …", "when asked if …", "…, asked
// about …", past an adjunct or the asker ("Asked Tuesday about Sullivan",
// "When asked by a host if …"); or -1.
func (p *parser) askedWhat(c cand, a, b int) int {
	if c.verb.Lemma != "ask" || c.verb.Form != lexicon.Past {
		return -1
	}
	if c.i > a {
		switch p.fold(c.i - 1) {
		case "when", "after", "once", "if", "before", ",", "being", "was", "were":
		default:
			return -1
		}
	}
	for q := c.j; q < b && q < c.j+maxAskGap; q++ {
		switch p.fold(q) {
		case "whether", "if", "about", "why", "how", "what", "who", "whom", "which", "where":
			return q
		}
		if p.toks[q].Kind == text.Quote || p.toks[q].Kind == text.Punct || q == c.j && !p.is(q, wAdj|wTime) {
			return -1 // "asked the senator whether": a hearer, read as such
		}
	}
	return -1
}

// maxAskGap is how far past "asked" its question may start: "Asked at a
// briefing Monday in Washington about …".
const maxAskGap = 10

// pastSourceAppositive returns the token after an appositive of the
// source set off by commas from token i, the first comma, where the
// interrupted clause goes on with its verb after it ("according to Dennis
// B. Ross, another former envoy, was a decision"); otherwise i.
func (p *parser) pastSourceAppositive(i, b int) int {
	for q := i + 1; q < b && q < i+maxHearerAppositive; q++ {
		if p.punct(q, ",") {
			if q > i+1 && p.verbGroup(q+1) {
				return q + 1
			}
			return i
		}
		if p.boundary(q) || p.toks[q].Kind == text.Quote {
			return i
		}
		if p.toks[q].Flags&text.Upper != 0 {
			continue // a name: "the National First Ladies Library"
		}
		if _, ok := p.verbAt(q); ok && q > i+1 || p.is(q, wStop) || p.verbGroup(q) {
			return i
		}
	}
	return i
}

// splitClause adds the rest of a sentence that an attribution
// interrupts: "Protesters, he said, would have been treated more
// harshly." After an attribution whose source follows its cue ("says
// Carl Anthony", "according to Ross"), what follows the comma may be the
// source's appositive; there the rest must open with a verb (verbNext):
// "The paradox, says Carl Anthony, a historian, is that …".
func (p *parser) splitClause(d *draft, r, b int, verbNext bool) {
	q := r
	for q < b && q < r+maxResume && !p.punct(q, ",") {
		if p.toks[q].Kind != text.Word || !p.is(q, wAdj|wTime|wDet) && p.toks[q].Flags&text.Upper == 0 {
			return
		}
		q++
	}
	n := q + 1
	if !p.punct(q, ",") || n >= b || p.openQuote(n) || p.qin[n] >= 0 || p.used[n] {
		return // but a reason for anonymity (markReasons) is no part of it
	}
	if q > r && p.toks[q-1].Flags&text.Upper != 0 && !p.is(q-1, wTime) && p.toks[n].Flags&text.Upper != 0 && p.toks[n].Kind == text.Word && p.placeName(n, b) {
		return // a place and its state: "told a crowd in Berea, Ohio Tuesday night"
	}
	if k := p.pastSourceAppositive(q, b); k > q {
		n = k // "…, says Carl Anthony, a historian, is that …"
	}
	if verbNext && (d.quote != claim.Indirect || !p.verbGroup(n)) {
		return
	}
	if v, ok := p.verbAt(n); ok && v.Form == lexicon.Gerund {
		return // "…, adding that": a claim of its own
	}
	if p.gerundAdjunct(n, b) {
		return // “…,” Tom Ebeling said, pointing to his ears: what he did
	}
	switch p.fold(n) {
	case "and", "but", "while", "which", "who", "who's", "whose", "although", "though", "as", "according":
		return
	}
	if p.adjunctOnly(n, b) || p.is(n, wAdj) {
		return
	}
	var rest draft
	if !p.setContent(&rest, n, b) || rest.content.Len() < 8 {
		return
	}
	d.parts = [2]hearsay.Span{d.content, rest.content}
	d.content = d.content.Union(rest.content)
	d.attr[1] = b
}

// hashtag reads "other journalists tweeted #ImWithTur": a hashtag right
// after the cue is its content.
func (p *parser) hashtag(x *verbCall) (*draft, bool) {
	j := x.c.j
	if j+1 >= x.b || !p.punct(j, "#") || p.toks[j+1].Kind != text.Word || p.toks[j+1].Start != p.toks[j].End {
		return nil, false
	}
	x.d.pre = true
	x.d.content, x.d.quote = p.span(j, j+2), claim.Indirect // the mark is the tag's
	return x.d, true
}

// newParagraph reports whether token i opens a paragraph: a line break
// stands between it and the token before.
func (p *parser) newParagraph(i int) bool {
	return i > 0 && strings.IndexByte(p.text[p.toks[i-1].End:p.toks[i].Start], '\n') >= 0
}
