package claim

import (
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// The sides of an article: which of its sources are set against each
// other, and which claims speak for or against one of them.
//
// A claim speaks against a source it names when it values what it says
// negatively ("Sanders accused Clinton of ducking debates"), and for one
// when positively ("Pence praised Ryan"). Two sources are set against each
// other when one speaks against the other or disputes a claim of the
// other's; when their descriptions take sides ("supporters" /
// "opponents", "some" / "others"); when they belong to rival parties; or
// when one is an ally (its title names it: "Trump campaign spokesman") or
// is spoken for by the other's opponent. Sources set against each other
// are not allies, whatever good one also says of the other. Sides only add to another reason
// (see ReasonContrast): who speaks never makes a conflict alone, though it
// ranks pairs that have nothing else (see sidesAlone).

// readSides fills the article's against, favors, opposed and allies.
func (art *article) readSides() {
	art.against = make([][]int32, len(art.fs))
	art.favors = make([][]int32, len(art.fs))
	art.opposed = map[[2]int32]bool{}
	art.allies = make([][]int32, len(art.srcs))
	for i, f := range art.fs {
		x := art.srcOf[i]
		if x < 0 {
			continue
		}
		for k, y := range art.names[i] {
			// How the claim values the source it names: by its cue or its
			// words, or by the words of the clause that names it where it names
			// several.
			v := f.position.value
			switch {
			case len(art.names[i]) < 2:
			case f.cueSign == 0:
				v = f.valueIn(f.clauseAt(art.named[i][k]))
			case !f.headName(art.named[i], art.named[i][k]):
				// A cue that values its object values the name that
				// heads it, not one its description holds: "rejected
				// Trump's offer of an exception for Sadiq Khan".
				v = 0
			}
			if f.comparedWith(art.named[i][k]) {
				v = -v // "a better opinion of Mr. Clinton than of Mrs. Clinton"
			}
			if f.ousts(art.named[i][k]) {
				v = -max(abs32(v), cueStance) // "urged Obama to fire the SEC chief"
			}
			switch {
			case y == x:
			case v <= -minPosition:
				art.against[i] = append(art.against[i], y)
				art.opposed[srcPair(x, y)] = true
			case v >= minPosition:
				art.favors[i] = append(art.favors[i], y)
				art.ally(x, y)
			}
		}
		for _, j := range art.disputes[i] {
			if y := art.srcOf[j]; y >= 0 && y != x {
				art.opposed[srcPair(x, y)] = true
			}
		}
	}
	// A source whose title or description names another is its ally:
	// "Trump campaign spokesman", "spokesman for Mrs. Clinton".
	named := map[string][]int32{}
	for y, s := range art.srcs {
		if k := lastName(s); k != "" {
			named[k] = append(named[k], int32(y))
		}
	}
	for x, s := range art.srcs {
		for _, phrase := range [2]string{s.Title, s.Descriptor} {
			for w := range strings.FieldsSeq(phrase) {
				w = text.Unpossessed(foldWord(strings.Trim(w, ".,;:")))
				for _, y := range named[w] {
					if y != int32(x) {
						art.ally(int32(x), y)
					}
				}
			}
		}
	}
}

// headName reports whether word k of f, one of the names at words
// named, is the first of them or joined to the first by "and" or "or"
// and other names: what opens the object of a cue ("criticized Obama and
// Clinton for …").
func (f *Features) headName(named []int32, k int32) bool {
	first := slices.Min(named)
	for j := first + 1; j < k; j++ {
		w := &f.words[j]
		if w.fold != "and" && w.fold != "or" && !isCapitalized(f.text[w.start:w.end]) {
			return false
		}
	}
	return true
}

// comparedWith reports whether word k of f, a name, is what its clause
// compares something with: just after "than" ("more popular than
// Clinton", "a better opinion of him than of Mrs. Clinton"), not the
// subject of a clause after it ("more than Clinton said"), with no
// negation before it in the clause ("no one has done more for the city
// than Ali" praises Ali). The clause values it the other way.
func (f *Features) comparedWith(k int32) bool {
	r := f.clauseAt(k)
	j := k - 1
	for j > r[0] && j >= k-3 && f.words[j].flags&fContent == 0 && f.words[j].fold != "than" {
		j-- // "than of either", "than for"
	}
	if j < r[0] || f.words[j].fold != "than" {
		return false
	}
	for i := r[0]; i < j; i++ {
		if f.words[i].class&wNeg != 0 || f.words[i].flags&fNegated != 0 {
			return false
		}
	}
	// The name ends the clause, or a coordination of names goes on.
	n := int(k) + 1
	for n < len(f.words) && f.joined(n-1) && isCapitalized(f.text[f.words[n].start:f.words[n].end]) {
		n++ // "than Mrs. Hillary Clinton"
	}
	return n >= len(f.words) || !f.joined(n-1) || f.words[n].fold == "or" || f.words[n].fold == "and"
}

// maxAllies is how many allies of one source are kept.
const maxAllies = 16

// ally records x and y as allies.
func (art *article) ally(x, y int32) {
	if !slices.Contains(art.allies[x], y) && len(art.allies[x]) < maxAllies {
		art.allies[x] = append(art.allies[x], y)
	}
	if !slices.Contains(art.allies[y], x) && len(art.allies[y]) < maxAllies {
		art.allies[y] = append(art.allies[y], x)
	}
}

// lastName returns the folded last word of s's name, or "" if it has
// none of three letters or more.
func lastName(s *source.Source) string {
	f := strings.Fields(s.Name)
	if len(f) == 0 {
		return ""
	}
	last := foldWord(strings.Trim(f[len(f)-1], ".,"))
	if len(last) < 3 {
		return ""
	}
	return last
}

func srcPair(x, y int32) [2]int32 {
	if x > y {
		x, y = y, x
	}
	return [2]int32{x, y}
}

// rivals reports whether sources x and y of the article belong to rival
// sides by their affiliations or descriptions: the two major American
// parties, or "supporters" against "opponents" and "critics".
func (art *article) rivals(x, y int32) bool {
	as, at := art.srcs[x].Affiliation, art.srcs[y].Affiliation
	if as != at && (as == "Democratic" && at == "Republican" || as == "Republican" && at == "Democratic") {
		return true
	}
	return art.camps[x]*art.camps[y] == -1
}

// campOf returns +1 for a source described as supporters ("supporters",
// "proponents", "backers"), -1 for opponents ("opponents", "critics"), 0
// otherwise.
func campOf(s *source.Source) int8 {
	l := lex()
	for w := range strings.FieldsSeq(s.Descriptor) {
		c := l.class[foldWord(w)]
		switch {
		case c&wCampFor != 0:
			return 1
		case c&wCampAgainst != 0:
			return -1
		}
	}
	return 0
}

// opposedSides reports whether claims i and j of the article are spoken by
// sources set against each other: directly, as rivals, or as the ally of
// one side against the other ("Mook, Clinton's campaign manager" against
// Limbaugh, who speaks against Clinton).
func (art *article) opposedSides(i, j int32) bool {
	x, y := art.srcOf[i], art.srcOf[j]
	if x < 0 || y < 0 || x == y {
		return false
	}
	if art.opposed[srcPair(x, y)] {
		return true // against each other, whatever else one says of the other
	}
	if slices.Contains(art.allies[x], y) {
		return false
	}
	if art.rivals(x, y) {
		return true
	}
	for _, a := range art.allies[x] {
		if art.opposed[srcPair(a, y)] {
			return true
		}
	}
	for _, b := range art.allies[y] {
		if art.opposed[srcPair(x, b)] {
			return true
		}
	}
	return false
}

// pairOf returns the detail of a reason that names the sources of claims
// i and j, both of which have one: "sides: Lee / Kim".
func (art *article) pairOf(kind string, i, j int32) string {
	return kind + art.labels[art.srcOf[i]] + " / " + art.labels[art.srcOf[j]]
}

// pairOf is the article's pairOf for the claims compared, or "" where the
// reasons keep no details.
func (c *comparison) pairOf(kind string) string {
	if !c.rs.detailed() {
		return ""
	}
	return c.art.pairOf(kind, c.i, c.j)
}

// twoSources reports whether claims i and j of the article are spoken by
// two sources not known to be on one side: neither allies nor of one
// affiliation.
func (art *article) twoSources(i, j int32) bool {
	x, y := art.srcOf[i], art.srcOf[j]
	if x < 0 || y < 0 || x == y || slices.Contains(art.allies[x], y) && !art.opposed[srcPair(x, y)] {
		return false
	}
	af := art.srcs[x].Affiliation
	return af == "" || af != art.srcs[y].Affiliation
}

// against: in an article, one claim speaks against the other's source
// ("Sanders accused Clinton of ducking debates" against Clinton's "I
// proposed a debate on April 4"), or the two speak for and against one
// source.
func (c *comparison) against(w rule) {
	art := c.art
	if art == nil {
		return
	}
	for _, side := range [2]bool{false, true} {
		i, j := c.i, c.j
		if side {
			i, j = j, i
		}
		if y := art.srcOf[j]; y >= 0 && y != art.srcOf[i] && slices.Contains(art.against[i], y) {
			// The spans in the pair's order, whichever speaks against.
			c.rs.add(ReasonPosition, w.weight(min(1, c.topic)), "against "+art.srcs[y].String(), spanOf(c.a), spanOf(c.b))
			return
		}
	}
	for _, y := range art.favors[c.i] {
		if slices.Contains(art.against[c.j], y) {
			c.rs.add(ReasonPosition, w.weight(min(1, c.topic)), "for / against "+art.srcs[y].String(), spanOf(c.a), spanOf(c.b))
			return
		}
	}
	for _, y := range art.against[c.i] {
		if slices.Contains(art.favors[c.j], y) {
			c.rs.add(ReasonPosition, w.weight(min(1, c.topic)), "against / for "+art.srcs[y].String(), spanOf(c.a), spanOf(c.b))
			return
		}
	}
}
