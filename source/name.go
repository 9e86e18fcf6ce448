package source

import (
	"strings"

	"github.com/hearsay-go/hearsay/internal/text"
)

// Names: a named source's name, title and affiliation, a title before a
// name set off by a comma, and what tells a body's name from a person's.

// titleThenName reads a title or role before a name set off by a comma,
// a named person: "Her attorney, Vincent Sallow", "The Harwick Gulls'
// head coach, Benedikt Sorrel", "The Oruvan ambassador to Dellmark, Ismet
// Karaveli", "The mission's chief, former judge Lorenzo Abati". The title
// is the words before the comma, without their article or possessor; but
// a relation ("Her brother, the hydrologist Erik Solberg") is no title,
// and the name's own title is taken. What follows the name ("who was not
// involved") is left out.
func (p *phrase) titleThenName(l *vocabulary) (Source, bool) {
	c := p.nextComma(0)
	if c < 0 || p.folds[0] == "" {
		return Source{}, false
	}
	if _, ok := l.count[p.folds[0]]; ok && p.folds[0] != "a" && p.folds[0] != "an" {
		return Source{}, false // "Two military analysts, Patrick Megahan and Chris Harman": a group
	}
	// Before the comma: an article or a possessor, and a title or a noun
	// for a person, lower case: "Her attorney", "The company's chief
	// executive", "A Tarrowind spokeswoman"; never a basis ("A person
	// close to the bank's chairman, Rupert Villeneuve").
	t := 0
	switch p.folds[0] {
	case "a", "an", "the", "her", "his", "their", "its":
		t = 1
	}
	if p.class[c]&cOrg != 0 {
		return Source{}, false // "A spokeswoman for the restaurant group, Juniper Hall Dining": the body's name
	}
	prep := false
	for k := t; k <= c; k++ {
		w := p.words[k]
		prep = prep || p.class[k]&cPrep != 0
		if !prep && text.Possessive(w) {
			t = k + 1 // "The Harwick Gulls' head coach": the title after the possessor
		}
		if m, _ := p.markerAt(l, k); m != 0 {
			return Source{}, false
		}
	}
	for t < c && upper(p.words[t]) && p.class[t]&cTitle == 0 {
		t++ // "A Tarrowind spokeswoman": the side, not the title
	}
	head := c
	for k := t; k <= c; k++ {
		if p.class[k]&cPrep != 0 {
			head = k - 1 // "ambassador to Dellmark": the noun before the preposition
			break
		}
	}
	if head < t || upper(p.words[head]) || p.class[head]&(cPrep|cDet|cLink) != 0 {
		return Source{}, false // a name before the comma: "Jane Doe, a spokeswoman"
	}
	// After it: a name, to the next comma or the end, parsed as a phrase
	// of its own ("former judge Lorenzo Abati").
	e := p.n
	if k := p.nextComma(c + 1); k >= 0 {
		e = k + 1
	}
	name := Parse(p.span(c+1, e))
	if name.Kind != Named || name.Entity != Person || name.Name == "" || strings.Contains(name.Name, " and ") {
		return Source{}, false
	}
	s := Source{Kind: Named, Entity: Person, Name: name.Name, Title: name.Title}
	if !relation[p.folds[head]] {
		s.Title = strings.TrimRight(p.span(t, c+1), ",;:—–- ")
	}
	return s, true
}

// nextComma returns the first word from word i on, but the last, that a
// comma ends, or -1.
func (p *phrase) nextComma(i int) int {
	for ; i < p.n-1; i++ {
		if p.comma(i) {
			return i
		}
	}
	return -1
}

// relation are the nouns for a person's relation to another, which are no
// title of theirs: "Her brother, the hydrologist Erik Solberg".
var relation = map[string]bool{
	"brother": true, "sister": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"mother": true, "father": true, "cousin": true, "friend": true, "partner": true, "niece": true,
	"nephew": true, "uncle": true, "aunt": true, "grandson": true, "granddaughter": true, "fiancee": true,
	"fiance": true, "widow": true, "widower": true,
}

// properBefore reports whether words [i, j) hold a name that is not an
// affiliation word: "Obama" in "the Obama administration", "Clinton's" in
// "Clinton's campaign", but not "Chinese" in "the Chinese government".
func (p *phrase) properBefore(l *vocabulary, i, j int) bool {
	for k := i; k < j; k++ {
		if !upper(p.words[k]) {
			continue
		}
		f := p.folds[k]
		if text.Possessive(f) {
			return true
		}
		if _, ok := l.aff[f]; !ok {
			return true
		}
	}
	return false
}

// parseName splits a named phrase into title and name: "U.S. Trade
// Representative Robert Lighthizer", "President Donald Trump", "The
// Ministry of Commerce". The head is words [0, head); the rest of the
// phrase may hold an appositive ("Jane Doe, a spokeswoman for the agency")
// or a party ("Sen. Claire McCaskill (D-Mo.)").
// titled reports whether a word before word t is a title's.
func (p *phrase) titled(t int) bool {
	for i := range t {
		if p.class[i]&cTitle != 0 {
			return true
		}
	}
	return false
}

func parseName(l *vocabulary, s *Source, p *phrase, head int) {
	folds := p.folds[:head]
	if p.isOrg(l, head) {
		s.Entity = Organization
		s.Name = p.span(0, head)
		return
	}
	// The name is the run of words after the last title or lower-case
	// word: "F.B.I. Director James B. Comey", "Texas delegate Bill Eastland".
	t := 0
	and := false
	for i, f := range folds {
		if f == "and" || f == "&" {
			and = true
		}
		if i < head-1 && (p.class[i]&cTitle != 0 || !upper(p.words[i])) {
			t = i + 1
		}
	}
	if and { // "Clinton and husband Bill": no one name
		t = 0
	}
	s.Entity = Person
	a := 0
	if folds[0] == "the" && t > 1 {
		a = 1 // "the hydrologist Erik Solberg": the title without its article
	}
	s.Title = p.span(a, t)
	if (folds[0] == "a" || folds[0] == "an") && !p.titled(t) {
		s.Title = "" // "a defiant Donald Trump": a description, no title
	}
	s.Name = p.span(t, head)
	// A title's country is a word of it ("U.S. Trade Representative",
	// "French President"), which Parse has read as the affiliation: a bare
	// title says none ("President Emmanuel Macron").
	if head == p.n {
		return
	}
	rest := p.folds[head]
	switch party := partyInitial(p.words[head]); {
	case party != "":
		// "(D-Mo.)", ", D-Mo.,", "(R-Alaska)": the party.
		s.Affiliation = party
	case p.comma(head-1) && (s.Title == "" || honorific(s.Title)) && p.class[head]&cPrep == 0 && !participle(rest):
		// "Jane Doe, a spokeswoman for the agency": the appositive is the
		// title, without its article or possessor ("Dana Ruiz, the
		// council's budget chief"), in place of a mere honorific ("Dr.
		// Aurelio Santangelo, the company's chief scientific officer").
		i := head
		if age(rest) && p.comma(i) && i+1 < p.n {
			i++ // "Tom Weaver, 54, a retired teacher": the age is no title
		}
		switch p.folds[i] {
		case "a", "an", "the", "her", "his", "their", "its":
			i++
		}
		for k := i; k < p.n-1 && p.class[k]&cPrep == 0; k++ {
			if text.Possessive(p.words[k]) {
				i = k + 1
			}
		}
		if t := strings.TrimRight(p.span(i, p.n), ",;:—–- "); t != "" && !relation[p.folds[i]] && !age(t) && !relativeWord(p.folds[i]) {
			s.Title = t
		}
	}
	if s.Affiliation == "" && p.comma(head-1) && p.class[head]&cPrep == 0 && !participle(rest) && !relation[rest] {
		// The appositive says the party or country the title did not:
		// "Rep. Ann Lowe, a Republican", "Mark Olsen, a Democratic
		// strategist", "Sen. Lisa Murkowski, R-Alaska".
		s.Affiliation = p.appositiveAffiliation(l, head)
	}
}

// age reports whether an appositive is a person's age ("Tom Weaver, 54"),
// which is no title.
func age(t string) bool {
	return len(t) > 0 && len(t) <= 3 && strings.Trim(t, "0123456789") == ""
}

// relativeWord reports whether w opens a relative clause, which is no
// title: "Jacob Shiansky, 24, who was visiting".
func relativeWord(w string) bool {
	return w == "who" || w == "whose" || w == "which" || w == "whom"
}

// partyInitial returns the party that a party's initial joined to a
// state names ("D-Mo.", "R-Alaska", "R-S.C."), or "".
func partyInitial(w string) string {
	w = strings.TrimLeft(w, "([")
	if len(w) < 4 || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return ""
	}
	switch w[0] {
	case 'D', 'd':
		return "Democratic"
	case 'R', 'r':
		return "Republican"
	}
	return ""
}

// appositiveAffiliation returns the affiliation that the appositive
// [head, n) names: a party or country among its words ("a Republican from
// Ohio"), a party's initial before a state ("R-Alaska"), or the body after
// its head ("a spokeswoman for the Tessaly County District Attorney's
// office"); or "".
func (p *phrase) appositiveAffiliation(l *vocabulary, head int) string {
	for k := head; k < p.n; k++ {
		if party := partyInitial(p.words[k]); party != "" {
			return party
		}
		if p.class[k]&cPrep != 0 {
			if bodyPrep[p.folds[k]] && k+1 < p.n {
				return p.bodyAfter(k + 1)
			}
			break
		}
		if a := p.affiliation(l, k, k+1); a != "" {
			return a
		}
	}
	return ""
}

// isOrg reports whether the named head [0, head) names a body rather
// than a person: "The U.S.", "Reuters", "the Ministry of Commerce",
// "Ministry of Commerce", but not "Senate Majority Leader Mitch McConnell".
func (p *phrase) isOrg(l *vocabulary, head int) bool {
	folds := p.folds[:head]
	if head == 1 && l.aff[folds[0]] != "" || head == 2 && p.class[0]&cAffPair != 0 && l.aff[folds[0]+" "+folds[1]] != "" {
		return true // "Beijing", "White House"
	}
	if folds[0] == "the" && !p.roleThenName(head) || p.class[head-1]&(cOrg|cName) != 0 {
		return true
	}
	for k := range folds {
		if p.class[k]&(cOrg|cName) == 0 || p.class[k]&cTitle != 0 {
			continue
		}
		// A body's name runs on in capitals and joining words; a title
		// after it makes it a person's: "CNN anchor Jake Tapper".
		for q := k + 1; q < len(folds); q++ {
			if p.class[q]&cTitle != 0 && q < len(folds)-1 || !upper(p.words[q]) && p.class[q]&cJoin == 0 && folds[q] != "and" {
				return false
			}
		}
		return true
	}
	return false
}

// roleThenName reports whether words [0, head), opening with "the", are a
// role in lower case and then a person's name: "the hydrologist Erik
// Solberg", "the economist Jared Bernstein"; not "the Obama
// administration" nor "the state Department of Health".
func (p *phrase) roleThenName(head int) bool {
	if head < 4 || upper(p.words[1]) || p.class[1]&(cOrg|cName|cDet) != 0 {
		return false
	}
	k := 2
	for k < head && !upper(p.words[k]) {
		k++
	}
	if head-k < 2 {
		return false // a name is of two words at least: "the hydrologist Solberg" may be a body's
	}
	for q := k; q < head; q++ {
		if !upper(p.words[q]) || p.class[q]&(cOrg|cName) != 0 {
			return false
		}
	}
	return true
}

// affiliation returns the normal form of the first affiliation word in
// words [i, j): "U.S." for "American", "White House".
func (p *phrase) affiliation(l *vocabulary, i, j int) string {
	for k := i; k < j; k++ {
		if p.class[k]&cAffPair != 0 && k+1 < j {
			if a, ok := l.aff[p.folds[k]+" "+p.folds[k+1]]; ok {
				return a
			}
		}
		if a, ok := l.aff[text.Unpossessed(p.folds[k])]; ok {
			return a
		}
	}
	return ""
}

// bodyPrep are the prepositions after a source's head that may open the
// body it belongs to: "a spokesman for the county's district attorney's
// office", "two members of the electoral commission".
var bodyPrep = map[string]bool{"for": true, "of": true, "at": true, "from": true, "with": true}

// bodyAfter returns the body named by words [i, …) after a source's head,
// without its article, as the source's affiliation: "Tessaly County
// District Attorney's office" in "A spokesman for the Tessaly County
// District Attorney's office", "electoral commission" in "two members of
// the electoral commission"; or the name set off by a comma after it
// ("A spokeswoman for the couple's restaurant group, Juniper Hall
// Dining"). The body's last word is a noun for one ("office",
// "commission", "group"), and a word before it says which: "the ministry"
// alone names none, and gives "".
func (p *phrase) bodyAfter(i int) string {
	if p.folds[i] == "the" || p.folds[i] == "its" || p.folds[i] == "their" {
		i++
	}
	e := i
	for e < p.n && !p.comma(e) && (p.class[e]&cPrep == 0 || p.class[e]&cJoin != 0 && e > i && upper(p.words[e-1])) {
		e++
	}
	if e < p.n {
		e++ // the word with the comma
	}
	last := e - 1
	if last <= i || p.class[last]&cOrg == 0 || !p.comma(last) && last != p.n-1 {
		return ""
	}
	if p.comma(last) && last+1 < p.n && upper(p.words[last+1]) {
		name := true
		for k := last + 1; k < p.n; k++ {
			name = name && (upper(p.words[k]) || p.class[k]&cJoin != 0)
		}
		if name {
			return strings.TrimRight(p.span(last+1, p.n), ",;:")
		}
	}
	return strings.TrimRight(p.span(i, last+1), ",;:")
}

// possessorBody returns the body that owns the head [0, head) when a
// common noun for one is its possessor, as the source's affiliation:
// "board" for "the board's auditors", "company" for "the company's
// lawyers"; or "".
func (p *phrase) possessorBody(l *vocabulary, head int) string {
	for k := 0; k < head-1; k++ {
		w := p.words[k]
		if upper(w) || !text.Possessive(w) {
			continue
		}
		b := text.Unpossessed(p.folds[k])
		if l.class[b]&cOrg != 0 {
			return b
		}
	}
	return ""
}

// nameWithInitials reads a body's name given with its initials: "The
// United Turbine Workers, or UTW", "The Valley Fruit Exchange, known as
// the VFE". The name is the words before the comma.
func (p *phrase) nameWithInitials() (Source, bool) {
	c := p.nextComma(1)
	if c < 0 {
		return Source{}, false
	}
	k := c + 1
	switch {
	case p.folds[k] == "or":
		k++
	case p.folds[k] == "known" && k+1 < p.n && (p.folds[k+1] == "as" || p.folds[k+1] == "by"):
		k += 2
		for k < p.n-1 && (p.folds[k] == "the" || p.folds[k] == "its" || p.folds[k] == "initials") {
			k++
		}
	default:
		return Source{}, false
	}
	if k != p.n-1 {
		return Source{}, false
	}
	a := strings.Trim(p.words[k], ",.;:")
	if len(a) < 2 || strings.ToUpper(a) != a || !upper(p.words[0]) && p.folds[0] != "the" {
		return Source{}, false
	}
	for i := 0; i <= c; i++ {
		if !upper(p.words[i]) && p.folds[i] != "the" && p.folds[i] != "of" && p.folds[i] != "and" && p.folds[i] != "for" {
			return Source{}, false
		}
	}
	return Source{Kind: Named, Entity: Organization, Name: p.span(0, c+1)}, true
}
