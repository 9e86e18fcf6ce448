package claim

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	lexfile "github.com/hearsay-go/hearsay/internal/lexicon"
)

//go:embed words.txt
var wordsFile string

//go:embed stance.txt
var stanceFile string

//go:embed states.txt
var statesFile string

// wordClass holds the classes of words.txt a word is in, as bits: the
// word classes shared with the other packages' lists.
type wordClass = lexfile.WordClass

const (
	wStop wordClass = 1 << iota
	wNeg
	wHedge
	wRefute
	wSome
	wOthers
	wNumber
	wTrue
	wQuantifier
	wPass
	wClause
	wDet
	wReport
	wLie
	wPosture
	wNounLead
	wNotNeg
	wLoose
	wColor
	wMaterial
	wOpposite      // a function word with an opposite: "up" / "down"
	wRise          // a verb of going up: "grow", "surge"
	wFall          // a verb of going down: "shrink", "plunge"
	wPro           // a verb of being for something: "support", "praise"
	wCon           // a verb of being against it: "oppose", "condemn"
	wPermit        // a verb of letting something happen: "allow", "lift"
	wBan           // a verb of stopping it: "ban", "impose"
	wContinue      // a verb of going on: "continue", "resume"
	wEnd           // a verb of ending: "end", "halt"
	wMakeUp        // a word after "make up" that makes it mean "form" or "recover": "for", "ground"
	wThing         // a pronoun for a thing: "it", "this", "that"
	wRebut         // a verb, as a base form, that rebuts its object: "deny", "refute"
	wRebutObj      // one that rebuts only a claim or a clause as its object: "dismiss", "reject"
	wRebutPrep     // a preposition after a two-word rebutting verb: "on" in "pushed back on"
	wFalsity       // a word that calls its subject false: "false", "nonsense", "flawed"
	wFalsityLead   // a content word that may lead one: "political" in "political hot air"
	wPersuade      // a word of persuasion, false when negated: "compelling", "credible"
	wGrounds       // a word for grounds, which "no" denies: "basis", "evidence"
	wThatFor       // a word after grounds that opens what they are for: "for", "that"
	wClaimNoun     // a noun, as a base form, for a claim: "account", "statement", "figure"
	wOwner         // a possessive pronoun: "his", "their"
	wDemonstrative // a determiner that points back: "that", "those"
	wPersonal      // a personal pronoun for a source: "they", "he"
	wImplicNeg     // a verb, as a base form, that denies the verb after "to": "fail", "refuse"
	wUndo          // a verb, as a base form, that undoes its object: "repeal", "scrap"
	wIntend        // a verb, as a base form, of meaning to do what follows "to": "try", "plan"
	wLessen        // a verb, as a base form, that fights or lessens its object: "fight", "curb"
	wCampFor       // a word for those on one side: "supporters"
	wCampAgainst   // and for those on the other: "opponents", "critics"
	wArgue         // a verb, as a base form, by which a source argues a side: "argue", "insist"
	wUpGood        // a thing, as a base form, whose rise is good news: "jobs", "wages"
	wUpBad         // one whose rise is bad news: "prices", "taxes"
	wMade          // a verb, as a base form, by which a source makes a claim after its noun: "made" in "claims Clinton made"
	wOffice        // a word for an office: "chief", "chair", "director"
	wOfficeTop     // one for the top of a body whatever its title: "chief", "head"
	wHonorific     // a title or description before a surname: "senator", "republican"
	wOust          // a verb, as a base form, that removes a person from an office: "fire", "oust"
	wMultiplier    // a number word that multiplies the number before it: "million" in "$25 million"
	wRefute2       // not a class of words: the two-word refutations
	wRebut2        // nor this: two-word verbs that rebut their object
	wAlias         // nor this: spellings and the words they stand for
	wTwoEnd        // nor this: a word that ends a phrase of two (see vocabulary.two), so that only such words look the phrase up
)

var classNames = map[string]wordClass{
	"stop": wStop, "neg": wNeg, "hedge": wHedge, "refute": wRefute,
	"some": wSome, "others": wOthers, "number": wNumber, "true": wTrue, "refute2": wRefute2,
	"quantifier": wQuantifier, "pass": wPass, "clause": wClause, "det": wDet,
	"report": wReport, "rebut2": wRebut2, "lie": wLie, "posture": wPosture,
	"rebut": wRebut, "rebutobj": wRebutObj, "rebutprep": wRebutPrep, "falsity": wFalsity,
	"falsitylead": wFalsityLead, "persuade": wPersuade, "grounds": wGrounds, "thatfor": wThatFor,
	"claimnoun": wClaimNoun, "owner": wOwner, "demonstrative": wDemonstrative, "personal": wPersonal,
	"campfor": wCampFor, "campagainst": wCampAgainst, "implicneg": wImplicNeg, "undo": wUndo, "intend": wIntend, "lessen": wLessen, "argue": wArgue, "made": wMade, "office": wOffice, "officetop": wOfficeTop, "oust": wOust, "honorific": wHonorific, "upgood": wUpGood, "upbad": wUpBad,
	"nounlead": wNounLead, "notneg": wNotNeg, "loose": wLoose, "multiplier": wMultiplier, "color": wColor, "material": wMaterial,
	"opposite": wOpposite, "alias": wAlias, "rise": wRise, "fall": wFall, "pro": wPro, "con": wCon,
	"permit": wPermit, "ban": wBan, "continue": wContinue, "end": wEnd, "makeup": wMakeUp, "thing": wThing,
}

// A stancePhrase is one line of stance.txt.
type stancePhrase struct {
	// words are the phrase's words in order, each as its alternatives
	// (folded words or lemmas): "normal|usual part" is
	// {{"normal", "usual"}, {"part"}}.
	words [][]string
	dim   uint8 // index into lexicon.dims
	sign  int8  // +1 or -1
	weak  bool  // counts only where the dimension has no other sign
	// topical counts only against a claim on the same topic, and never
	// where negated
	topical bool
}

// A vocabulary is the scorer's word lists, parsed from words.txt,
// stance.txt and states.txt.
type vocabulary struct {
	class  map[string]wordClass
	pairs  map[[2]string]bool // two-word refutations: {"cast", "doubt"}
	rebut2 map[[2]string]bool // two-word verbs that rebut their object: {"shoot", "down"}
	// two holds the two-word phrases of a class of words, first word by
	// its lemma: {"hot", "air"} of falsity, {"add", "up"} of truth (false
	// when negated: "don't add up").
	two    map[[2]string]wordClass
	num    map[string]float64
	alias  map[string]string         // "jan." → "january"
	opp    map[string]string         // "up" → "down" and "down" → "up"
	stance map[string][]stancePhrase // first word → phrases it opens
	dims   []string
	state  []bool // whether each dimension is an event state (states.txt)
}

// lex is the scorer's lexicon, parsed once from the embedded files.
var lex = sync.OnceValue(func() *vocabulary {
	l, err := parseLexicon(wordsFile, stanceFile, statesFile)
	if err != nil {
		panic(err) // the embedded files are part of the program
	}
	return l
})

func parseLexicon(words, stance, states string) (*vocabulary, error) {
	l := &vocabulary{class: map[string]wordClass{}, num: map[string]float64{}, alias: map[string]string{},
		opp: map[string]string{}, pairs: map[[2]string]bool{}, rebut2: map[[2]string]bool{},
		two: map[[2]string]wordClass{}, stance: map[string][]stancePhrase{}}
	for line := range lexfile.ClassLines(words) {
		if line.Class == "" {
			return nil, &lexiconError{"words.txt", line.Line, "words before a class"}
		}
		if base, ok := strings.CutSuffix(line.Class, "2"); ok && (base == "falsity" || base == "true") {
			// Two-word phrases of a class: "falsity2: hot+air".
			for _, w := range line.Words {
				first, second, ok := strings.Cut(w, "+")
				if !ok {
					return nil, &lexiconError{"words.txt", line.Line, "want two words joined by +: " + strconv.Quote(w)}
				}
				l.two[[2]string{first, second}] = classNames[base]
			}
			continue
		}
		cur, known := classNames[line.Class]
		if !known {
			return nil, &lexiconError{"words.txt", line.Line, "unknown class " + strconv.Quote(line.Class)}
		}
		for _, w := range line.Words {
			if cur == wRefute2 || cur == wRebut2 {
				first, second, ok := strings.Cut(w, "+")
				if !ok {
					return nil, &lexiconError{"words.txt", line.Line, "want two words joined by +: " + strconv.Quote(w)}
				}
				if cur == wRefute2 {
					l.pairs[[2]string{first, second}] = true
				} else {
					l.rebut2[[2]string{first, second}] = true
				}
				continue
			}
			if cur == wOpposite {
				x, y, ok := strings.Cut(w, "/")
				if !ok || x == "" || y == "" {
					return nil, &lexiconError{"words.txt", line.Line, "want two words joined by /: " + strconv.Quote(w)}
				}
				l.opp[x], l.opp[y] = y, x
				l.class[x] |= wOpposite
				l.class[y] |= wOpposite
				continue
			}
			if cur == wAlias {
				word, full, ok := strings.Cut(w, "=")
				if !ok || full == "" {
					return nil, &lexiconError{"words.txt", line.Line, "alias without a word: " + strconv.Quote(w)}
				}
				l.alias[word] = full
				continue
			}
			if cur == wNumber {
				word, val, ok := strings.Cut(w, "=")
				v, err := strconv.ParseFloat(val, 64)
				if !ok || err != nil {
					return nil, &lexiconError{"words.txt", line.Line, "number without a value: " + strconv.Quote(w)}
				}
				l.num[word] = v
				w = word
			}
			l.class[w] |= cur
		}
	}
	dims := map[string]uint8{}
	if err := l.parseStance(stance, "stance.txt", false, dims); err != nil {
		return nil, err
	}
	if err := l.parseStance(states, "states.txt", true, dims); err != nil {
		return nil, err
	}
	for k := range l.two {
		l.class[k[1]] |= wTwoEnd
	}
	for k := range l.rebut2 {
		l.class[k[1]] |= wTwoEnd
	}
	return l, nil
}

// parseStance reads the lines of file, named name, into l's stance
// phrases: stance.txt's framings, or with state set, states.txt's event
// states (each a topical dimension).
func (l *vocabulary) parseStance(file, name string, state bool, dims map[string]uint8) error {
	for n, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, phrase, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		words := strings.Fields(phrase)
		if !ok || len(f) != 2 || len(words) == 0 {
			return &lexiconError{name, n + 1, "want DIMENSION SIGN: PHRASE"}
		}
		p := stancePhrase{words: make([][]string, len(words))}
		for k, w := range words {
			p.words[k] = strings.Split(w, "|")
			if slices.Contains(p.words[k], "") {
				return &lexiconError{name, n + 1, "empty alternative in " + strconv.Quote(w)}
			}
		}
		switch strings.TrimRight(f[1], "?!") {
		case "+":
			p.sign = 1
		case "-":
			p.sign = -1
		default:
			return &lexiconError{name, n + 1, "sign is not + or -"}
		}
		p.weak = strings.Contains(f[1], "?")
		p.topical = strings.Contains(f[1], "!") || state
		d, seen := dims[f[0]]
		if !seen {
			if len(l.dims) == 64 {
				return &lexiconError{name, n + 1, "more than 64 dimensions"}
			}
			d = uint8(len(l.dims))
			dims[f[0]] = d
			l.dims = append(l.dims, f[0])
			l.state = append(l.state, state)
		} else if l.state[d] != state {
			return &lexiconError{name, n + 1, "dimension " + strconv.Quote(f[0]) + " is both a framing and a state"}
		}
		p.dim = d
		for _, first := range p.words[0] {
			l.stance[first] = append(l.stance[first], p)
		}
	}
	return nil
}

type lexiconError struct {
	file string
	line int
	msg  string
}

func (e *lexiconError) Error() string {
	return "claim: " + e.file + ":" + strconv.Itoa(e.line) + ": " + e.msg
}
