package source

import (
	"strings"
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
	c := -1
	for i := 0; i < p.n-1; i++ {
		if p.comma(i) {
			c = i
			break
		}
	}
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
	for k := t; k <= c; k++ {
		w := p.words[k]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
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
	for k := c + 1; k < p.n-1; k++ {
		if p.comma(k) {
			e = k + 1
			break
		}
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
		if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "'") {
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
	s.Name = p.span(t, head)
	// A title's country is a word of it ("U.S. Trade Representative",
	// "French President"), which Parse has read as the affiliation: a bare
	// title says none ("President Emmanuel Macron").
	if head == p.n {
		return
	}
	rest := p.folds[head]
	switch {
	case strings.HasPrefix(rest, "d-") && len(rest) < 8:
		// "(D-Mo.)", ", D-Mo.,": the party.
		s.Affiliation = "Democratic"
	case strings.HasPrefix(rest, "r-") && len(rest) < 8:
		s.Affiliation = "Republican"
	case p.comma(head-1) && s.Title == "" && p.class[head]&cPrep == 0 && !participle(rest):
		// "Jane Doe, a spokeswoman for the agency": the appositive is the
		// title, without its article.
		i := head
		if rest == "a" || rest == "an" || rest == "the" {
			i++
		}
		s.Title = strings.TrimRight(p.span(i, p.n), ",;:—–- ")
	}
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
		if a, ok := l.aff[strings.TrimSuffix(p.folds[k], "'s")]; ok {
			return a
		}
	}
	return ""
}
