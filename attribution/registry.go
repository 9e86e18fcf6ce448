package attribution

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// registry holds the sources of one document and resolves each new mention
// to the source it refers to.
type registry struct {
	srcs  []*source.Source
	meta  []srcMeta       // what the registry knows of srcs[i] beyond its record
	slab  []source.Source // sources are carved from here
	spans []hearsay.Span  // and their first mentions
	ids   idMaker
	named [entities]map[string]int32 // index into srcs by entity and name, and a person's last name
	list  []*source.Source           // the sources of the coordinated subject being read
}

// srcMeta is what the registry works out once for each of its sources,
// which looking back over the recent sources for every pronoun would
// otherwise work out again each time.
type srcMeta struct {
	sex    sex    // what the text has told of its sex: a pronoun, an honorific, a noun
	read   bool   // head and person are set
	person bool   // the head of its descriptor is a noun for a person
	head   string // the head of its descriptor: "official" for "a senior official"
}

// head returns the head of source i's descriptor, and whether it is a noun
// for a person, worked out the first time it is asked for.
func (r *registry) head(i int) (string, bool) {
	m := &r.meta[i]
	if !m.read {
		m.head = headOf(r.srcs[i].Descriptor)
		m.person = source.Noun(strings.ToLower(m.head)) == source.Person
		m.read = true
	}
	return m.head, m.person
}

// sex is whether a person is known to be a man or a woman, as far as the
// text tells: an honorific ("Mr."), a noun ("spokeswoman") or a pronoun
// already resolved to them ("she").
type sex uint8

const (
	sexUnknown sex = iota
	male
	female
)

//go:embed sexes.txt
var sexesFile string

// sexWords maps the words of sexes.txt to the sex they tell.
var sexWords = sync.OnceValue(func() map[string]sex {
	m := map[string]sex{}
	for l := range lexicon.ClassLines(sexesFile) {
		x := sexUnknown
		switch l.Class {
		case "male":
			x = male
		case "female":
			x = female
		}
		if x == sexUnknown {
			panic(fmt.Sprintf("attribution: sexes.txt: line %d: unknown class %q", l.Line, l.Class)) // embedded: a build error
		}
		for _, w := range l.Words {
			m[w] = x
		}
	}
	return m
})

// sexOfWord returns the sex that the word w tells, matched without regard
// to case.
func sexOfWord(w string) sex {
	x, _ := text.LookupLower(sexWords(), w)
	return x
}

// recordSex returns the sex that a record alone tells: "Mr." or "Ms." as
// its title, "spokeswoman" as the head of its descriptor.
func recordSex(s *source.Source) sex {
	if s.Entity != source.Person {
		return sexUnknown
	}
	if s.Title != "" && len(s.Title) <= 4 {
		if x := sexOfWord(s.Title); x != sexUnknown {
			return x // "Mr.", "Ms."
		}
	}
	if s.Kind == source.Anonymous {
		return sexOfWord(headOf(s.Descriptor))
	}
	// A given name: "Maria Lopez", "Conservative Icon Morton Blackwell".
	name := s.Name
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok {
			return sexUnknown // the last word is the surname
		}
		if x := sexOfWord(w); x != sexUnknown {
			return x
		}
		name = rest
	}
}

// learnSex records that source i is of sex x, unless something told
// otherwise before.
func (r *registry) learnSex(i int, x sex) {
	if m := &r.meta[i]; m.sex == sexUnknown {
		m.sex = x
	}
}

// phraseCache maps source phrases to what resolve needs to know of them.
// It holds its own copies of the phrases, never the documents they came
// from, and starts afresh when it reaches its size. Reads take no lock.
type phraseCache struct {
	m atomic.Pointer[sync.Map]
	n atomic.Int64
}

const phraseCacheSize = 1 << 14

// maxCachedPhrase is the longest phrase the cache keeps, in bytes, so that
// it holds at most a few megabytes.
const maxCachedPhrase = 160

var parsed = func() *phraseCache {
	c := new(phraseCache)
	c.m.Store(new(sync.Map))
	return c
}()

// get returns the facts of phrase (see [phraseFacts]), from a cache that
// all extractors share: news repeats its source phrases ("people familiar
// with the matter", "officials said"), and parsing one costs more than
// looking it up. The result is shared: read it, never change it.
func (c *phraseCache) get(phrase string) *phraseFacts {
	if len(phrase) > maxCachedPhrase {
		return newPhraseFacts(phrase) // rare, and not worth keeping
	}
	m := c.m.Load()
	if v, ok := m.Load(phrase); ok {
		return v.(*phraseFacts)
	}
	own := strings.Clone(phrase) // the facts' strings point into this copy
	f := newPhraseFacts(own)
	m.Store(own, f)
	if c.n.Add(1) > phraseCacheSize {
		c.m.Store(new(sync.Map))
		c.n.Store(0)
	}
	return f
}

// phraseFacts is what resolve reads of a source phrase that depends on the
// phrase alone, worked out once for each phrase the cache keeps.
type phraseFacts struct {
	src source.Source // source.Parse(phrase)

	pronoun    bool // source.IsPronoun(phrase)
	pronounSex sex  // for a pronoun, the sex it tells: sexOfWord(phrase)
	recordSex  sex  // recordSex(&src)

	// theHead is the head of a phrase of two words that opens with "the"
	// and names no one ("the person", "the mayor"), which may refer back to
	// an anonymous source; "" for other phrases. generic is whether it is
	// one of genericHeads.
	theHead string
	generic bool

	// closeTo is where the X of "a person close to X" is in the phrase;
	// closeTo[1] is 0 when there is none.
	closeTo [2]int

	// group is the lower-cased group of "two of the people" ("people"),
	// for a phrase with a count; ofGroup is whether it has one.
	group   string
	ofGroup bool
}

func newPhraseFacts(phrase string) *phraseFacts {
	f := &phraseFacts{src: source.Parse(phrase), pronoun: source.IsPronoun(phrase)}
	s := &f.src
	if f.pronoun {
		f.pronounSex = sexOfWord(phrase)
	}
	f.recordSex = recordSex(s)
	if len(phrase) > 4 && strings.EqualFold(phrase[:4], "the ") && s.Kind != source.Named && strings.Count(phrase, " ") == 1 {
		f.theHead = phrase[4:]
		f.generic = genericHeads()[strings.ToLower(f.theHead)]
	}
	if rest, ok := strings.CutPrefix(s.Basis, "close to "); ok && s.CloseTo != nil {
		if i := strings.Index(phrase, rest); i >= 0 {
			f.closeTo = [2]int{i, i + len(rest)}
		}
	}
	if _, group, ok := strings.Cut(phrase, " of the "); ok && s.Count > 0 {
		f.group, f.ofGroup = strings.ToLower(group), true
	}
	return f
}

// remember files a named source under its name and, for a person, the
// last word of the name.
func (r *registry) remember(i int) {
	s := r.srcs[i]
	if s.Kind != source.Named || s.Name == "" {
		return
	}
	m := r.named[s.Entity%entities]
	if m == nil {
		m = make(map[string]int32)
		r.named[s.Entity%entities] = m
	}
	m[s.Name] = int32(i)
	if s.Entity == source.Person {
		m[lastName(s.Name)] = int32(i)
	}
}

// lookup returns the index of the named source of entity e filed under
// name, or -1.
func (r *registry) lookup(e source.Entity, name string) int {
	if i, ok := r.named[e%entities][name]; ok {
		return int(i)
	}
	return -1
}

// entities bounds the values of source.Entity, by which named sources are
// filed. Names keep their case: news text capitalizes a name the same way
// each time.
const entities = 8

// add files a new source with record s, first mentioned at m, whose record
// tells the sex x; it returns its index.
func (r *registry) add(s source.Source, m hearsay.Span, x sex) int {
	if len(r.slab) == cap(r.slab) {
		r.slab = make([]source.Source, 0, max(32, len(r.srcs)/2))
	}
	r.slab = append(r.slab, s)
	n := &r.slab[len(r.slab)-1]
	if len(r.spans)+2 > cap(r.spans) {
		r.spans = make([]hearsay.Span, 0, max(128, len(r.srcs)))
	}
	k := len(r.spans)
	r.spans = append(r.spans, m, hearsay.Span{})
	n.Mentions = r.spans[k : k+1 : k+2] // room for one more mention before its own allocation
	r.srcs = append(r.srcs, n)
	r.meta = append(r.meta, srcMeta{sex: x})
	return len(r.srcs) - 1
}

// mention adds m to s's mentions, keeping them in text order.
func mention(s *source.Source, m hearsay.Span) {
	n := len(s.Mentions)
	if n == 0 || s.Mentions[n-1].Start < m.Start {
		s.Mentions = append(s.Mentions, m) // the usual case: later in the text
		return
	}
	i, found := slices.BinarySearchFunc(s.Mentions, m, func(x, y hearsay.Span) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	if !found {
		s.Mentions = slices.Insert(s.Mentions, i, m)
	}
}

// lookBack is how many recent sources a mention is compared with.
const lookBack = 64

// lastName returns the last word of a person's name.
func lastName(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// resolve returns the source that the phrase at m refers to, adding it to
// the registry when it is new.
func (r *registry) resolve(text string, m hearsay.Span) *source.Source {
	f := parsed.get(m.Text(text))
	if f.pronoun {
		if i := r.pronounAntecedent(f.src.Entity, f.pronounSex); i >= 0 {
			r.learnSex(i, f.pronounSex)
			mention(r.srcs[i], m)
			return r.srcs[i]
		}
	}
	s := &f.src
	// "the person", "the officials": the last anonymous source of that
	// sort; "the mayor": the last one that is a mayor.
	if f.theHead != "" {
		if i := r.antecedent(s.Entity, true); i >= 0 && (f.generic || r.headIs(i, f.theHead)) {
			mention(r.srcs[i], m)
			return r.srcs[i]
		}
	}
	if s.Kind == source.Named {
		i := r.lookup(s.Entity, s.Name)
		if i < 0 && s.Entity == source.Person {
			i = r.lookup(s.Entity, lastName(s.Name))
			if i >= 0 && !sameName(r.srcs[i].Name, s.Name) {
				i = -1 // "Ron Johnson", then "Boris Johnson": two people
			}
		}
		if i >= 0 {
			o := r.srcs[i]
			r.learnSex(i, f.recordSex) // "Mr. Ross" for "Commerce Secretary Wilbur Ross"
			if o.Title == "" {
				o.Title = s.Title
			}
			if len(s.Name) > len(o.Name) {
				o.Name = s.Name
				r.remember(i)
			}
			mention(o, m)
			return o
		}
	}
	ni := r.add(*s, m, f.recordSex)
	n := r.srcs[ni]
	r.remember(ni)
	if f.pronoun {
		r.learnSex(ni, f.pronounSex) // "She said …" with no one before her
	}
	// "a person close to X": X is a source of its own, resolved in this
	// document; Parse's CloseTo is a record of the phrase alone (shared by
	// the phrase cache), never one of the document's sources.
	n.CloseTo = nil
	if c := f.closeTo; c[1] > 0 {
		n.CloseTo = r.resolve(text, hearsay.Span{Start: m.Start + c[0], End: m.Start + c[1]})
	}
	// "two of the people": part of the group named before.
	if f.ofGroup {
		for i := len(r.srcs) - 2; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
			o := r.srcs[i]
			if o.Entity == source.Group && strings.HasPrefix(strings.ToLower(o.Descriptor), f.group) {
				n.PartOf = o
				break
			}
		}
	}
	return n
}

// headOf returns the last word of a descriptor before any post-modifier:
// "official" for "a senior official briefed on the talks". It does not
// allocate.
func headOf(desc string) string {
	h := ""
	for i := 0; i < len(desc); {
		for i < len(desc) && desc[i] == ' ' {
			i++
		}
		j := i
		for j < len(desc) && desc[j] != ' ' {
			j++
		}
		if j == i {
			break
		}
		w := desc[i:j]
		if post, _ := text.LookupLower(postModifiers(), w); h != "" && post {
			break
		}
		h = w
		i = j
	}
	return strings.Trim(h, ",")
}

// sameName reports whether two names of people that share their last word
// may be one person's: a given name in common, or an initial for it.
// "Lighthizer" and "Robert Lighthizer", "James Comey" and "James B.
// Comey", "J. Comey" and "James Comey", "Pastor Darrell Scott" and
// "Darrell Scott" are; "Ron Johnson" and "Boris Johnson", "Bill Clinton"
// and "Hillary Clinton" are not.
func sameName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 {
		return true
	}
	initial := func(x, y string) bool { return len(x) == 2 && x[1] == '.' && strings.HasPrefix(y, x[:1]) }
	for _, x := range wa[:len(wa)-1] {
		for _, y := range wb[:len(wb)-1] {
			if x == y || initial(x, y) || initial(y, x) {
				return true
			}
		}
	}
	return false
}

// pronounAntecedent returns the source that a pronoun of entity e and sex
// x refers to: the most recent source of that entity, passing over a
// person known to be of the other sex ("Mr. Smith" for "she"). Past such
// a person, only a name, a person of that sex or a noun for a person
// ("the official") will do, not a phrase the rules took for a subject
// that names no one.
func (r *registry) pronounAntecedent(e source.Entity, x sex) int {
	if x == sexUnknown {
		return r.antecedent(e, false)
	}
	skipped := false
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		s := r.srcs[i]
		if s.NoResponse || s.Entity != e {
			continue
		}
		y := r.meta[i].sex
		if y != sexUnknown && y != x {
			skipped = true
			continue
		}
		if !skipped || y == x || s.Kind == source.Named || r.isPerson(i) {
			return i
		}
	}
	return -1
}

// follow adds to c, the claim of the first of fo, the quotations of fo
// that go on it, as further parts of its content.
func (p *parser) follow(c *claim.Claim, fo []followOn) {
	if c.Parts == nil {
		c.Parts = []hearsay.Span{c.Content}
	}
	if c.Quote == claim.Indirect {
		c.Quote = claim.Mixed // a paraphrase, then the speaker's own words
	}
	var b strings.Builder
	b.WriteString(c.Text)
	for _, f := range fo {
		if f.draft != fo[0].draft {
			break
		}
		c.Parts = append(c.Parts, f.span)
		c.Content.End = f.span.End
		b.WriteByte(' ')
		b.WriteString(f.span.Text(p.text))
	}
	c.Text = b.String()
}

// antecedent returns the index of the most recent source of entity e,
// anonymous only when anon is set, or -1.
func (r *registry) antecedent(e source.Entity, anon bool) int {
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		s := r.srcs[i]
		if s.NoResponse {
			continue
		}
		if anon && s.Kind != source.Anonymous {
			continue
		}
		if s.Entity == e || e == source.Group && s.Entity == source.Organization {
			return i
		}
	}
	return -1
}

// headIs reports whether the head of source i's descriptor is h, in any
// case: "mayor" for "the mayor".
func (r *registry) headIs(i int, h string) bool {
	head, _ := r.head(i)
	return strings.EqualFold(head, h)
}

// isPerson reports whether the head of source i's descriptor is a noun for
// a person: "the official".
func (r *registry) isPerson(i int) bool {
	_, person := r.head(i)
	return person
}

// finish turns the drafts into claims, resolving their sources in text
// order and linking nested claims to the claim that reports them.
func (p *parser) finish() {
	claims := make([]*claim.Claim, 0, len(p.drafts))
	slab := make([]claim.Claim, len(p.drafts))
	// Most claims bring at most one new source, and many bring none: one
	// allocation for most of them, and add makes more room when needed.
	n := (len(p.drafts)+len(p.silent))*2/3 + 8
	p.reg.slab = make([]source.Source, 0, n)
	p.reg.spans = make([]hearsay.Span, 0, 2*n)
	p.reg.srcs = slices.Grow(p.reg.srcs, n)
	p.reg.meta = slices.Grow(p.reg.meta, n)
	sil, fo := p.silent, p.follows
	for i, d := range p.drafts {
		for len(sil) > 0 && sil[0].at <= i {
			p.noAnswer(sil[0])
			sil = sil[1:]
		}
		c := &slab[i] // zero: set field by field, not built aside and copied whole
		c.ID = p.reg.ids.get('c', len(claims)+1)
		c.Cue, c.CueClass, c.Content = d.cueSpan, d.class, d.content
		c.Quote, c.Polarity, c.Sentence = d.quote, d.polarity, d.sent
		switch {
		case d.elided > 0 && int(d.elided) <= len(claims):
			// "Trump said A, and said B": B's source is named where A's is.
			// Claims are made in the order of their drafts.
			e := claims[d.elided-1]
			c.Source = e.Source
			c.SourceMention = e.SourceMention
		case d.src[1] > d.src[0]:
			c.SourceMention = d.srcSpan
			p.introduce(d.src[0], d.src[1])
			c.Source = p.reg.resolve(p.text, c.SourceMention)
		}
		if c.Source != nil && c.Source.Anonymity == "" && d.post && d.anon {
			c.Source.Anonymity = p.anonymity(d.cue[1], p.sents[d.sent][1])
		}
		c.Text = c.Content.Text(p.text)
		if !d.parts[1].IsZero() {
			c.Parts = []hearsay.Span{d.parts[0], d.parts[1]}
			c.Text = d.parts[0].Text(p.text) + " " + d.parts[1].Text(p.text)
		}
		if len(fo) > 0 && fo[0].draft == i {
			p.follow(c, fo)
			for len(fo) > 0 && fo[0].draft == i {
				fo = fo[1:]
			}
		}
		claims = append(claims, c)
	}
	for _, s := range sil {
		p.noAnswer(s)
	}
	// "While some American officials see …, others …": the others are
	// of the same side as the some.
	for i, c := range claims {
		if c.Source == nil || !strings.EqualFold(c.Source.Descriptor, "others") || c.Source.Affiliation != "" {
			continue
		}
		for _, o := range claims[max(0, i-4):i] {
			if o.Sentence == c.Sentence && o.Source != nil && o.Source.Affiliation != "" &&
				len(o.Source.Descriptor) > 5 && strings.EqualFold(o.Source.Descriptor[:5], "some ") {
				c.Source.Affiliation = o.Source.Affiliation
			}
		}
	}
	// A content that runs on into another claim's source after a comma
	// and a conjunction ends before the comma: in "the bridge was sound,
	// but engineers disputed that account", the second clause is the
	// engineers' claim, not a part of the mayor's.
	for i, c := range claims {
		if c.SourceMention.IsZero() {
			continue
		}
		for _, o := range claims[max(0, i-4):i] {
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
	// A claim's parent is the smallest nearby claim whose content holds
	// its cue.
	for i, c := range claims {
		lo, hi := i, i+1
		for lo > 0 && i-lo < 16 && claims[lo-1].Sentence >= c.Sentence-2 {
			lo-- // a quotation may hold claims of the sentences before
		}
		for hi < len(claims) && hi-i < 16 && claims[hi].Sentence == c.Sentence {
			hi++
		}
		for _, o := range claims[lo:hi] {
			if o == c || !o.Content.Contains(c.Cue) || o.Content == c.Content {
				continue
			}
			if c.Parent == nil || o.Content.Len() < c.Parent.Content.Len() {
				c.Parent = o
			}
		}
	}
	p.doc.Claims = claims
	claim.LinkDisputes(p.text, claims)
	// Sources in order of first mention, numbered in that order: a
	// fuller name found earlier in the text ("President Donald Trump"
	// for "Trump") may be registered after later sources.
	slices.SortStableFunc(p.reg.srcs, func(x, y *source.Source) int {
		return cmp.Compare(x.Mentions[0].Start, y.Mentions[0].Start)
	})
	for i, s := range p.reg.srcs {
		s.ID = p.reg.ids.get('s', i+1)
	}
	p.doc.Sources = p.reg.srcs
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
// The vote was rigged, she said.").
func (p *parser) introduce(i, j int) {
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

// knows reports whether a named source is filed under name.
func (r *registry) knows(name string) bool {
	return r.lookup(source.Person, name) >= 0 || r.lookup(source.Organization, name) >= 0
}

// anonymity returns the stated reason for anonymity in the adjunct of a
// post-posed attribution, tokens [i, b): "on condition of anonymity",
// "speaking on condition of anonymity because …".
func (p *parser) anonymity(i, b int) string {
	for k := i; k < b && k < i+12; k++ {
		if p.class(k)&wAnon != 0 && p.fold(k) == "condition" && p.fold(k+1) == "of" && p.fold(k+2) == "anonymity" && p.fold(k-1) == "on" {
			e := k + 3
			if p.fold(e) == "because" {
				for e < b && p.toks[e].Kind != text.Punct {
					e++
				}
			}
			return p.span(k-1, e).Text(p.text)
		}
		if p.punct(k, ",") {
			break
		}
	}
	return ""
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
