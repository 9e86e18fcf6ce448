package attribution

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	hearsay "github.com/hearsay-go/hearsay"
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
	spans []hearsay.Span  // the arena of spans (see carve)
	ids   idMaker
	named [entities]map[string]int32 // index into srcs by entity and name, and a person's last name
	list  []*source.Source           // the sources of the coordinated subject being read
	// recent is the last lookBack sources mentioned, the one mentioned
	// last at the end, as indices into srcs.
	recent []int32

	made, carved int // how many sources and spans have been given out, in all the slabs and arenas

	// subject is 1 + the index of a known person whom a sentence since
	// the last claim's opens with ("Mr. Autor, like most economists, is
	// …"), the antecedent of a pronoun before the most recent source; 0
	// for none. The parser sets it while it resolves a claim's source (see
	// subjectSince).
	subject int

	// intro is the document's introductions ("star Arturo Castro"), read
	// from its tokens, toks, once introRead, when a phrase first asks for
	// them (see introduced).
	intro      []introduction
	introRead  bool
	introHeads uint64         // the headBit of each introduction's noun
	toks       []text.Token   // the document's tokens
	sents      []hearsay.Span // and sentences
	introAt    []int32        // the tokens that may open an introduction's name (see introCandidate)
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
	if s.Entity == source.Organization {
		// A body is named by its initials too: "The VFE" for "The
		// Valley Fruit Exchange", "NSRA" for "the National Space Research
		// Agency"; and without its article.
		m[bare(s.Name)] = int32(i)
		if a := initials(s.Name); len(a) >= 2 {
			m[a] = int32(i)
		}
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
		// The sources made before stay where they are (and the next
		// text starts with a slab for them all: see scratch.release).
		r.slab = make([]source.Source, 0, max(32, 2*cap(r.slab)))
	}
	r.slab = append(r.slab, s)
	r.made++
	n := &r.slab[len(r.slab)-1]
	n.Mentions = append(r.carve(2), m) // room for one more mention
	r.srcs = append(r.srcs, n)
	r.meta = append(r.meta, srcMeta{sex: x})
	r.touch(int32(len(r.srcs) - 1))
	return len(r.srcs) - 1
}

// touch makes source i the one mentioned last.
func (r *registry) touch(i int32) {
	if k := slices.Index(r.recent, i); k >= 0 {
		copy(r.recent[k:], r.recent[k+1:])
		r.recent[len(r.recent)-1] = i
		return
	}
	if len(r.recent) == lookBack {
		copy(r.recent, r.recent[1:])
		r.recent = r.recent[:lookBack-1]
	}
	r.recent = append(r.recent, i)
}

// carve returns an empty slice of spans with room for n, from the
// registry's arena of spans: the sources' mentions and the claims' parts
// while a text is read, before they are copied to the Document.
func (r *registry) carve(n int) []hearsay.Span {
	if len(r.spans)+n > cap(r.spans) {
		// The spans carved before stay where they are (and the next
		// text starts with an arena for them all: see scratch.release).
		r.spans = make([]hearsay.Span, 0, max(128, 2*cap(r.spans), n))
	}
	k := len(r.spans)
	r.spans = r.spans[:k+n]
	r.carved += n
	return r.spans[k : k : k+n]
}

// mention adds m to s's mentions, keeping them in text order.
func (r *registry) mention(s *source.Source, m hearsay.Span) {
	n := len(s.Mentions)
	if n == cap(s.Mentions) {
		s.Mentions = append(r.carve(max(2, 2*n)), s.Mentions...)
	}
	if n == 0 || s.Mentions[n-1].Start < m.Start {
		s.Mentions = append(s.Mentions, m) // the usual case: later in the text
		for k := len(r.recent) - 1; k >= 0; k-- {
			if r.srcs[r.recent[k]] == s {
				r.touch(r.recent[k])
				break
			}
		}
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
		i := r.pronounAntecedent(f.src.Entity, f.pronounSex)
		if k := r.subject - 1; k >= 0 && f.src.Entity == source.Person && (r.meta[k].sex == sexUnknown || r.meta[k].sex == f.pronounSex) {
			i = k // "Mr. Autor, like most economists, is persuaded … ⏎ “…,” he said."
		}
		if i >= 0 {
			r.learnSex(i, f.pronounSex)
			r.mention(r.srcs[i], m)
			return r.srcs[i]
		}
	}
	s := &f.src
	// "The star" for the person introduced as "star Arturo Castro".
	if i, named := r.introduced(text, f, m); i >= 0 {
		o := r.srcs[i]
		if o.Title == "" {
			o.Title = f.title[len(f.title)-1]
		}
		r.mention(o, m)
		return o
	} else if named != nil {
		src := named.src
		if src.Title == "" {
			src.Title = f.title[len(f.title)-1]
		}
		ni := r.add(src, m, named.recordSex)
		r.remember(ni)
		return r.srcs[ni]
	}
	if o := r.referBack(f); o != nil {
		r.mention(o, m)
		return o
	}
	if s.Kind == source.Named {
		i := r.lookup(s.Entity, s.Name)
		if i < 0 && s.Entity == source.Organization {
			i = r.lookup(s.Entity, bare(s.Name)) // "The VFE", "the NSRA"
		}
		if i < 0 && s.Entity == source.Organization {
			i = r.bodyTail(s.Name) // "the Daily News" after "NY Daily News"
		}
		if i < 0 && s.Entity == source.Person {
			i = r.lookup(s.Entity, lastName(s.Name))
			if i >= 0 && !sameName(r.srcs[i].Name, s.Name) {
				i = -1 // "Ron Johnson", then "Boris Johnson": two people
			}
		}
		if i < 0 {
			i = r.family(s.Name) // "the Khans" after "Khizr and Ghazala Khan"
		}
		if i < 0 {
			i = r.familyNamed(s.Name) // "Khizr and Ghazala Khan" after a headline's "Khans:"
		}
		if i >= 0 {
			o := r.srcs[i]
			r.learnSex(i, f.recordSex) // "Mr. Ross" for "Commerce Secretary Wilbur Ross"
			if o.Title == "" {
				o.Title = s.Title
			}
			if o.Affiliation == "" {
				o.Affiliation = s.Affiliation // "U.S. President Donald Trump" after "President Donald Trump"
			}
			if len(s.Name) > len(o.Name) {
				o.Name = s.Name
				r.remember(i)
			}
			r.mention(o, m)
			return o
		}
	}
	ni := r.add(*s, m, f.recordSex)
	n := r.srcs[ni]
	r.remember(ni)
	if n.Kind == source.Anonymous && n.Affiliation == "" {
		n.Affiliation = r.bodyOf(n.Descriptor)
		if n.Affiliation == "" {
			n.Affiliation = demonymCountry(text, m, n.Descriptor)
		}
	}
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
	// "two of the people": part of the group named before, in its
	// sentence or earlier ("five people briefed on the plan", the group's
	// head).
	for i := len(r.srcs) - 2; (f.ofGroup || f.ofThem || f.ordinal) && i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		o := r.srcs[i]
		switch {
		case f.ordinal && o.PartOf != nil:
			// "five people …", "two of the people …", "A third": one more
			// of the five, the group the parts are drawn from.
			g := o.PartOf
			for k := 0; g.PartOf != nil && k < lookBack; k++ {
				g = g.PartOf // each part is of a group made before it, so this ends
			}
			n.PartOf = g
		case f.ordinal || o.Entity != source.Group:
			continue
		case f.ofThem, len(o.Descriptor) >= len(f.group) && strings.EqualFold(o.Descriptor[:len(f.group)], f.group) || r.headIs(i, f.group):
			n.PartOf = o // "One of them": the group just before
		default:
			continue
		}
		break
	}
	return n
}

// family returns the source that a plural surname names ("the Khans",
// "The Clintons"): a couple or family named before with that surname
// ("Khizr and Ghazala Khan"); or -1. One person of the name is not the
// family: "the Clintons" after "Hillary Clinton" is a source of its own.
func (r *registry) family(name string) int {
	name = bare(name)
	if strings.IndexByte(name, ' ') >= 0 || !strings.HasSuffix(name, "s") || name[0] < 'A' || name[0] > 'Z' {
		return -1
	}
	one := strings.TrimSuffix(name, "s")
	for i, o := range r.srcs {
		if o.Kind == source.Named && strings.Contains(o.Name, " and ") && lastName(o.Name) == one {
			return i
		}
	}
	return -1
}

// familyNamed returns the source, named before, whose plural surname
// names the couple or family in name ("Khans" in a headline, then
// "Khizr and Ghazala Khan"); or -1. It is family the other way round.
func (r *registry) familyNamed(name string) int {
	if !strings.Contains(name, " and ") {
		return -1
	}
	plural := lastName(name) + "s"
	for i, o := range r.srcs {
		if o.Kind == source.Named && bare(o.Name) == plural {
			return i
		}
	}
	return -1
}

// referBack returns the source that a phrase of the facts f refers back
// to by a title, a body's or a document's head, or a noun for an
// anonymous source; or nil.
func (r *registry) referBack(f *phraseFacts) *source.Source {
	s := &f.src
	// "his campaign" again: the source of that description, mentioned
	// last.
	if s.Kind == source.Anonymous && possessiveOpens(s.Descriptor) {
		for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
			if o := r.srcs[i]; o.Kind == source.Anonymous && strings.EqualFold(o.Descriptor, s.Descriptor) {
				return o
			}
		}
	}
	// "The treasurer", "the chief medical officer": the last named person
	// of that title ("County Treasurer Imelda Varga"), unless an anonymous
	// source of that head comes after it ("the mayor" for "a mayor").
	if len(f.title) > 0 {
		if i := r.titled(f.title); i >= 0 && (f.theHead == "" || r.antecedent(s.Entity, true) < i) {
			return r.srcs[i]
		}
	}
	// "The New York businessman", "the GOP front-runner": a role that news
	// gives the person it is about, for the person named last, where no
	// anonymous source of that role came after.
	if n := len(f.title); n > 0 && roleNouns[f.title[n-1]] && s.Entity == source.Person {
		if i := r.lastNamedPerson(); i >= 0 {
			if a := r.antecedent(source.Person, true); a < i || !r.headIs(a, f.title[n-1]) {
				return r.srcs[i]
			}
		}
	}
	// "the federation": the last body whose name ends in that word ("The
	// Continental Athletics Federation").
	if f.theHead != "" && s.Entity == source.Organization {
		if i := r.bodyNamed(f.theHead, false); i >= 0 {
			return r.srcs[i]
		}
	}
	// "The memo says", "The draft report says": the last document of
	// that head ("an internal memo sent to managers on Monday", "a draft
	// report reviewed by the Harbour Gazette").
	if f.docHead != "" {
		for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
			if o := r.srcs[i]; o.Kind == source.Document && opensOn(o.Descriptor, f.docHead) {
				return o
			}
		}
	}
	// "the person", "the officials": the last anonymous source of that
	// sort; "the mayor": the last one that is a mayor.
	if f.theHead != "" {
		if i := r.antecedent(s.Entity, true); i >= 0 && (f.generic || r.headIs(i, f.theHead)) {
			o := r.srcs[i]
			for k := 0; o.PartOf != nil && s.Entity == source.Group && k < lookBack; k++ {
				o = o.PartOf // "the people" after "two of the people": all of them
			}
			return o
		}
	}
	return nil
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
// x refers to: the source of that entity mentioned last that is a name, a
// person of that sex or a noun for a person ("the official"), passing
// over a person known to be of the other sex ("Mr. Smith" for "she"); a
// phrase the rules took for a subject that names no one ("The moment")
// only where no such source comes, and none is passed over before it.
func (r *registry) pronounAntecedent(e source.Entity, x sex) int {
	if x == sexUnknown {
		return r.antecedent(e, false)
	}
	skipped := false
	weak := -1 // the nearest phrase that names no one, should no person come
	var buf [lookBack]int
	for _, i := range r.byRecency(buf[:0]) {
		s := r.srcs[i]
		if s.NoResponse || s.Entity != e {
			continue
		}
		y := r.meta[i].sex
		if y != sexUnknown && y != x {
			skipped = true
			continue
		}
		if y == x || s.Kind == source.Named || r.isPerson(i) {
			return i
		}
		if !skipped && weak < 0 {
			weak = i // "The moment …": a subject the rules took that names no one
		}
	}
	return weak
}

// byRecency appends to dst the last lookBack sources, the one mentioned
// last first: a source named long ago and mentioned again just now is
// nearer than one first named in between ("Trump said … George Allen said
// … Trump said … He later denied …").
func (r *registry) byRecency(dst []int) []int {
	for k := len(r.recent) - 1; k >= 0; k-- {
		dst = append(dst, int(r.recent[k]))
	}
	return dst
}

// antecedent returns the index of the most recent source of entity e,
// anonymous only when anon is set, or -1.
func (r *registry) antecedent(e source.Entity, anon bool) int {
	var buf [lookBack]int
	for _, i := range r.byRecency(buf[:0]) {
		s := r.srcs[i]
		if s.NoResponse {
			continue
		}
		if anon && s.Kind != source.Anonymous && !(s.Kind == source.Named && s.Name == "") {
			continue // but a body named by a common noun is described as one: "the city's transit agency"
		}
		if s.Entity == e || e == source.Group && s.Entity == source.Organization {
			return i
		}
	}
	return -1
}

// ordinals are the words of "a third", "a fourth": one more of a group
// whose members are being counted.
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true}

// maxTitleWords is how many words a title may have after "the" for it to
// refer back to a named person: "the chief medical officer".
const maxTitleWords = 4

// titled returns the last of the recent named people whose title has all
// of words ("treasurer" in "County Treasurer"), or -1.
func (r *registry) titled(words []string) int {
	for i := len(r.srcs) - 1; i >= 0 && i >= len(r.srcs)-lookBack; i-- {
		s := r.srcs[i]
		if s.Kind != source.Named || s.Entity != source.Person || s.Title == "" {
			continue
		}
		if hasWords(s.Title, words) {
			return i
		}
	}
	return -1
}

// hasWords reports whether title has all of words, which are lower case,
// as words of its own in any case; it does not allocate.
func hasWords(title string, words []string) bool {
	for _, w := range words {
		found := false
		short := titleShort[w]
		for t := range strings.FieldsSeq(title) {
			if strings.EqualFold(t, w) || short != "" && strings.EqualFold(t, short) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// roleNouns are the roles by which news refers again to the person it
// is about: "the candidate", "the New York businessman", "the GOP
// front-runner".
var roleNouns = map[string]bool{
	"candidate": true, "nominee": true, "front-runner": true, "frontrunner": true, "businessman": true,
	"businesswoman": true, "billionaire": true, "mogul": true, "contender": true,
}

// lastNamedPerson returns the named person mentioned last, or -1.
func (r *registry) lastNamedPerson() int {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if s := r.srcs[r.recent[k]]; s.Kind == source.Named && s.Entity == source.Person && !s.NoResponse {
			return int(r.recent[k])
		}
	}
	return -1
}

// titleShort is how a title is written before a name: "the senator" for
// "Sen. Ted Cruz", "the governor" for "Gov. Chris Christie".
var titleShort = map[string]string{
	"senator": "Sen.", "governor": "Gov.", "representative": "Rep.", "congressman": "Rep.",
	"congresswoman": "Rep.", "lieutenant": "Lt.", "general": "Gen.", "president": "Pres.",
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

// knows reports whether a named source is filed under name.
func (r *registry) knows(name string) bool {
	return r.lookup(source.Person, name) >= 0 || r.lookup(source.Organization, name) >= 0
}
